import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { highestMatch, isConstraint, satisfies, sortVersions, toSemverRange } from '../../src/toolchain/versionMatch.js';

describe('version constraints', () => {
  it('tells constraints from exact versions', () => {
    for (const c of ['~> 1.9', '>= 1.5', '^0.54', '~1.2', '< 2', '1.x', '>= 1.5, < 2']) assert.equal(isConstraint(c), true, c);
    for (const v of ['1.9.8', 'v0.54.0', 'latest', '2024.01.02']) assert.equal(isConstraint(v), false, v);
  });

  it('translates hashicorp pessimistic constraints', () => {
    assert.equal(toSemverRange('~> 1.9'), '>=1.9.0 <2.0.0-0');
    assert.equal(toSemverRange('~> 1.9.2'), '>=1.9.2 <1.10.0-0');
    assert.equal(toSemverRange('>= 1.5, < 2.0'), '>=1.5 <2.0');
  });

  it('matches with v prefixes on either side', () => {
    assert.equal(satisfies('v1.9.8', '~> 1.9'), true);
    assert.equal(satisfies('1.12.0', '~> 1.9'), true);
    assert.equal(satisfies('2.0.0', '~> 1.9'), false);
    assert.equal(satisfies('1.9.5', '~> 1.9.2'), true);
    assert.equal(satisfies('1.10.0', '~> 1.9.2'), false);
    assert.equal(satisfies('0.54.9', '^0.54'), true);
    assert.equal(satisfies('0.55.0', '^0.54'), false);
    assert.equal(satisfies('v1.2.3', '1.2.3'), true);
    assert.equal(satisfies('1.2.3', 'latest'), true);
  });

  it('picks the highest match and skips pre-releases unless asked', () => {
    const versions = ['1.9.0', '1.10.0-rc.1', '1.9.8', 'v1.8.0', '2.0.0'];
    assert.equal(highestMatch(versions, '~> 1.8'), '1.9.8');
    assert.equal(highestMatch(versions, '>= 1.10.0-rc.1, < 2'), '1.10.0-rc.1');
    assert.equal(highestMatch(versions, '>= 3'), undefined);
  });

  it('sorts in semver order, not string order', () => {
    assert.deepEqual(sortVersions(['1.10.0', '1.9.8', 'v1.2.0', '1.9.10']), ['v1.2.0', '1.9.8', '1.9.10', '1.10.0']);
  });
});
