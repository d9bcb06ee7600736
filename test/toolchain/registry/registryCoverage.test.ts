import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { aquaFixturesDir } from '../../support/tmp.js';
import { newestDeclaredVersion, registryCoverage } from './registryCoverage.js';

describe('coverage of the real Aqua registry', () => {
  it('resolves ≥ 95% of the non-go/cargo packages at their newest declared version on linux/amd64, darwin/arm64 and windows/amd64', () => {
    const r = registryCoverage(path.join(aquaFixturesDir(), 'registry.yaml'));
    const { planned, unsupportedPlatform, noAsset, unsupportedType, needsVars, failed } = r.resolutions;
    const total = r.considered * 3;
    const share = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
    console.log(
      `[registry coverage] ${r.packages} packages, ${r.buildTypes} go_install/go_build/cargo skipped, ${r.considered} considered; ` +
        `${r.okPackages}/${r.considered} (${share(r.okPackages, r.considered)}) resolve without an unexpected error on all 3 platforms. ` +
        `Per platform (${total}): ${planned} planned (${share(planned, total)}), ${unsupportedPlatform} unsupported platform, ` +
        `${noAsset} no_asset/error_message, ${unsupportedType} build-type version layer, ${needsVars} need vars, ${failed} failed.`,
    );
    if (r.failures.length > 0) console.log(r.failures.slice(0, 20).join('\n'));
    assert.ok(r.packages > 2000, 'the whole registry loads');
    assert.ok(r.okPackages / r.considered >= 0.95, `coverage ${share(r.okPackages, r.considered)} is below 95%`);
    assert.ok(planned / total >= 0.85, `only ${share(planned, total)} of resolutions produce a plan`);
  });

  it('picks the newest declared version above a catch-all ladder (with the layer prefix)', () => {
    assert.equal(
      newestDeclaredVersion({ version_constraint: 'false', version_overrides: [{ version_constraint: 'semver("<= 1.2.3")' }, { version_constraint: 'true' }] }),
      '1.2.4',
    );
    assert.equal(
      newestDeclaredVersion({ version_prefix: 'jq-', version_constraint: 'false', version_overrides: [{ version_constraint: 'Version == "jq-1.5rc1"' }] }),
      'jq-1.5rc1',
    );
    assert.equal(
      newestDeclaredVersion({
        version_constraint: 'false',
        version_overrides: [{ version_constraint: 'semver("<= 1.0")' }, { version_prefix: 'p-', version_constraint: 'semver("<= 2.0")' }],
      }),
      'p-2.0',
    );
    assert.equal(newestDeclaredVersion({}), 'v1.0.0');
  });
});
