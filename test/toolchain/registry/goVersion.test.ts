import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aquaSemverMatch, compareGoVersions, compareVersionStrings, goConstraintMatch, parseGoVersion } from '../../../src/toolchain/registry/goVersion.js';

const cmp = (a: string, b: string) => compareGoVersions(parseGoVersion(a)!, parseGoVersion(b)!);

describe('go-version parsing and ordering', () => {
  it('accepts a leading v, 1..n segments (padded) and four-segment versions', () => {
    assert.deepEqual(parseGoVersion('v1.2')?.segments, [1, 2, 0]);
    assert.deepEqual(parseGoVersion('1')?.segments, [1, 0, 0]);
    assert.deepEqual(parseGoVersion('1.2.3.4')?.segments, [1, 2, 3, 4]);
    assert.equal(cmp('1.2', '1.2.0'), 0);
    assert.equal(cmp('1.2.3.4', '1.2.3'), 1);
    assert.equal(cmp('1.2.3.0', '1.2.3'), 0);
  });

  it('parses 1.5rc1 as 1.5 with pre-release rc1 and 4.3.0-0 as a pre-release', () => {
    const v = parseGoVersion('1.5rc1')!;
    assert.deepEqual(v.segments, [1, 5, 0]);
    assert.equal(v.pre, 'rc1');
    assert.equal(cmp('1.5rc1', '1.5'), -1);
    assert.equal(cmp('4.3.0-0', '4.3.0'), -1);
  });

  it('orders pre-releases below their release: 1.6.0-beta4 < 1.6.0-rc1 < 1.6.0', () => {
    assert.equal(cmp('1.6.0-beta4', '1.6.0-rc1'), -1);
    assert.equal(cmp('1.6.0-rc1', '1.6.0'), -1);
    assert.equal(cmp('1.6.0-rc.2', '1.6.0-rc.10'), -1);
    assert.equal(cmp('v1.10.0', 'v1.9.9'), 1);
  });

  it('rejects what go-version rejects (prefixes, SHAs, garbage)', () => {
    assert.equal(parseGoVersion('jq-1.7.1'), undefined);
    assert.equal(parseGoVersion('latest'), undefined);
    assert.equal(parseGoVersion(''), undefined);
    assert.equal(parseGoVersion('1..2'), undefined);
  });

  it('ignores build metadata when comparing', () => {
    assert.equal(cmp('1.2.3+abc', '1.2.3'), 0);
  });

  it('sorts version strings with unparsable ones first', () => {
    assert.deepEqual(['v1.10.0', 'v1.2.0', 'main', 'v1.9.0-rc1', 'v1.9.0'].sort(compareVersionStrings), ['main', 'v1.2.0', 'v1.9.0-rc1', 'v1.9.0', 'v1.10.0']);
  });
});

describe("Aqua's semver() constraint check", () => {
  it('supports >=, <=, !=, >, <, = with comma meaning AND', () => {
    assert.equal(aquaSemverMatch('>= 1.0.0', 'v1.0.0'), true);
    assert.equal(aquaSemverMatch('<= 0.1.16', '0.1.17'), false);
    assert.equal(aquaSemverMatch('!= 1.2.3', '1.2.3'), false);
    assert.equal(aquaSemverMatch('> 1.2', '1.2.1'), true);
    assert.equal(aquaSemverMatch('< 2.50.0', 'v2.49.9'), true);
    assert.equal(aquaSemverMatch('= 1.2.0', '1.2'), true);
    assert.equal(aquaSemverMatch('>= 1.0.0, < 2.0.0', '1.5.0'), true);
    assert.equal(aquaSemverMatch('>= 1.0.0, < 2.0.0', '2.0.0'), false);
    assert.equal(aquaSemverMatch('>=1.0.0,<2', '1.9'), true);
  });

  it('compares pre-releases plainly (a pre-release of the bound is below it)', () => {
    assert.equal(aquaSemverMatch('< 1.6.0', '1.6.0-rc1'), true);
    assert.equal(aquaSemverMatch('>= 1.5', '1.5rc1'), false);
  });

  it('is false for an unparsable version or a commit SHA', () => {
    assert.equal(aquaSemverMatch('>= 0.0.0', 'jq-1.7'), false);
    assert.equal(aquaSemverMatch('>= 0.0.0', '0123456789abcdef0123456789abcdef01234567'), false);
  });

  it('throws on an unknown operator or a bad constraint version', () => {
    assert.throws(() => aquaSemverMatch('~> 1.0', '1.0.0'));
    assert.throws(() => aquaSemverMatch('>= banana', '1.0.0'));
  });
});

describe('go-version Constraints.Check (seed version_constraints, ~>)', () => {
  it('treats a bare version as = and supports ~> (pessimistic)', () => {
    assert.equal(goConstraintMatch('1.2.3', 'v1.2.3'), true);
    assert.equal(goConstraintMatch('~> 1.9', '1.12.0'), true);
    assert.equal(goConstraintMatch('~> 1.9', '2.0.0'), false);
    assert.equal(goConstraintMatch('~> 1.9.0', '1.9.7'), true);
    assert.equal(goConstraintMatch('~> 1.9.0', '1.10.0'), false);
  });

  it('never matches a pre-release against a constraint without one', () => {
    assert.equal(goConstraintMatch('>= 1.0.0', '1.1.0-beta1'), false);
    assert.equal(goConstraintMatch('>= 1.1.0-alpha', '1.1.0-beta1'), true);
    assert.equal(goConstraintMatch('>= 1.0.0', '1.1.0'), true);
  });

  it('throws on a malformed constraint', () => {
    assert.throws(() => goConstraintMatch('>> 1', '1.0.0'));
  });
});
