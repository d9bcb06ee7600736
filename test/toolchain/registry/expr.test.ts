import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateConstraint, evaluateConstraintStrict } from '../../../src/toolchain/registry/expr.js';

const env = (Version: string, SemVer = Version) => ({ Version, SemVer });

describe('version_constraint expressions (expr-lang subset)', () => {
  it('evaluates the "true"/"false" literals and YAML booleans', () => {
    assert.equal(evaluateConstraint('true', env('v1')), true);
    assert.equal(evaluateConstraint('false', env('v1')), false);
    assert.equal(evaluateConstraint(true, env('v1')), true);
    assert.equal(evaluateConstraint('', env('v1')), false);
    assert.equal(evaluateConstraint(undefined, env('v1')), false);
  });

  it('semver() tests SemVer (the version without version_prefix)', () => {
    assert.equal(evaluateConstraint('semver(">= 5.2.1")', env('kustomize/v5.4.3', 'v5.4.3')), true);
    assert.equal(evaluateConstraint('semver("<= 1.6")', env('jq-1.7.1', '1.7.1')), false);
  });

  it('compares Version with ==, != and in [...]', () => {
    assert.equal(evaluateConstraint('Version == "v0.20.0"', env('v0.20.0')), true);
    assert.equal(evaluateConstraint('Version != "v0.20.0"', env('v0.20.0')), false);
    assert.equal(evaluateConstraint('Version in ["v0.3.2", "v0.4.0"]', env('v0.4.0')), true);
    assert.equal(evaluateConstraint('Version not in ["v0.3.2", "v0.4.0"]', env('v0.4.0')), false);
    assert.equal(evaluateConstraint("Version == 'jq-1.5rc1'", env('jq-1.5rc1')), true);
  });

  it('supports startsWith, endsWith, contains and matches', () => {
    assert.equal(evaluateConstraint('Version startsWith "cli-"', env('cli-1.2')), true);
    assert.equal(evaluateConstraint('Version endsWith "-rc"', env('1.2-rc')), true);
    assert.equal(evaluateConstraint('Version contains "beta"', env('1.0-beta.2')), true);
    assert.equal(evaluateConstraint('not (Version matches "-(alpha|beta|rc)")', env('v1.30.0-rc.1')), false);
    assert.equal(evaluateConstraint('!(Version matches "-(alpha|beta|rc)")', env('v1.30.0')), true);
  });

  it('combines with and/&&/or/|| and parentheses, with expr-lang precedence', () => {
    assert.equal(evaluateConstraint('Version == "a" || Version == "b"', env('b')), true);
    assert.equal(evaluateConstraint('Version == "a" or semver(">= 2")', env('v2.1')), true);
    assert.equal(evaluateConstraint('semver(">= 1") and semver("< 2")', env('1.5')), true);
    assert.equal(evaluateConstraint('semver(">= 1") && semver("< 2")', env('2.5')), false);
    // and binds tighter than or
    assert.equal(evaluateConstraint('Version == "x" or Version == "1" and false', env('x')), true);
    assert.equal(evaluateConstraint('(Version == "x" or Version == "1") and false', env('x')), false);
  });

  it('supports semverWithVersion(c, trimPrefix(Version, p))', () => {
    assert.equal(evaluateConstraint('semverWithVersion(">= 0.6.0", trimPrefix(Version, "cli/v"))', env('cli/v0.7.0')), true);
    assert.equal(evaluateConstraint('semverWithVersion("< 0.6.0", trimPrefix(Version, "cli/v"))', env('cli/v0.7.0')), false);
  });

  it('treats unparsable versions and commit SHAs as not matching semver()', () => {
    assert.equal(evaluateConstraint('semver(">= 0.0.1")', env('nightly')), false);
    assert.equal(evaluateConstraint('semver(">= 0.0.1")', env('e3b0c44298fc1c149afbf4c8996fb92427ae41e4')), false);
  });

  it('turns compile and evaluation errors into false, and the strict form throws', () => {
    assert.equal(evaluateConstraint('semver(">= 1.0"', env('1.0')), false);
    assert.equal(evaluateConstraint('Version ==', env('1.0')), false);
    assert.equal(evaluateConstraint('Foo == "x"', env('1.0')), false);
    assert.equal(evaluateConstraint('semver("~> 1.0")', env('1.0')), false);
    assert.equal(evaluateConstraint('Version', env('1.0')), false);
    assert.throws(() => evaluateConstraintStrict('Version', env('1.0')), /boolean/);
    assert.throws(() => evaluateConstraintStrict('let x = 1; x', env('1.0')));
  });
});
