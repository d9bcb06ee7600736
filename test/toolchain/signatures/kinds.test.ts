import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import YAML from 'yaml';
import type { SignatureKind } from '../../../src/toolchain/assetPlan.js';
import type { LockFileData } from '../../../src/toolchain/lockFile.js';
import { startGithubUpstream } from '../../support/githubUpstream.js';
import { startFakeSigstore } from '../../support/sigstore.js';
import { after } from 'node:test';
import { KEYLESS_IDENTITIES, SIGNED_TOOLS, publishSigned, signedWorld } from './signedReleases.js';

// The happy path of each kind over real registry definitions (≥ 5 per kind), verified
// natively against a private Sigstore, recorded in the lock, the install marker and `info`.
const up = await startGithubUpstream();
after(() => up.close());
const ss = await startFakeSigstore();
const w = signedWorld(up, ss);

function lockFile(): LockFileData {
  return YAML.parse(readFileSync(path.join(w.dir, 'toolchain.lock.yaml'), 'utf8')) as LockFileData;
}

describe('signatures: each kind verifies on real registry definitions', () => {
  for (const [kind, tools] of Object.entries(SIGNED_TOOLS) as [SignatureKind, [string, string][]][]) {
    it(`${kind}: ${tools.map(([n]) => n).join(', ')}`, async () => {
      const tc = await w.engine();
      for (const [name, version] of tools) {
        const info = await tc.info({ tool: name, version });
        assert.ok(
          info.plan.signatures?.some((s) => s.kind === kind),
          `${name}@${version}: the registry definition declares ${kind}`,
        );
        await publishSigned(w, info.plan);
        const [outcome] = await tc.install([{ tool: name, version }]);
        assert.equal(outcome.status, 'installed', `${name}: ${outcome.error?.message}\n${outcome.error?.explanation}`);
        // Every declared signature (not just this kind) verified and is recorded.
        const declared = info.plan.signatures!.map((s) => `${s.kind}/${s.subject}`).sort();
        assert.deepEqual(outcome.signatures?.map((s) => `${s.kind}/${s.subject}`).sort(), declared, name);
        const owner = `${info.tool.repoOwner}/${info.tool.repoName}`;
        const locked = lockFile().tools[owner].versions[version].platforms[`${info.platform.os}_${info.platform.arch}`];
        assert.deepEqual(locked.signatures, outcome.signatures, `${name}: the lock records what verified`);
        for (const s of outcome.signatures!) {
          if (s.kind === 'minisign') assert.match(s.signer, /^minisign key [0-9A-F]{16}$/);
          else if (s.kind === 'cosign' && info.plan.signatures!.some((d) => d.kind === 'cosign' && d.key)) assert.match(s.signer, /^key sha256:[0-9a-f]{64}$/);
          else if (s.kind === 'slsa_provenance') assert.match(s.signer, /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator\//);
          else if (s.kind === 'cosign' && KEYLESS_IDENTITIES[name]) assert.equal(s.signer, KEYLESS_IDENTITIES[name]);
          else assert.match(s.signer, new RegExp(`^https://github\\.com/`), `${name}: ${s.signer}`);
        }
        const bin = path.join(outcome.binDir!, outcome.binaries![0].split('/').pop()!);
        assert.match(execFileSync(bin, { encoding: 'utf8' }), new RegExp(`${path.basename(bin)} ${version.replace(/\./g, '\\.')}`));
        const after = await tc.info({ tool: name, version });
        assert.equal(after.signatures.policy, 'when_available');
        assert.deepEqual(after.signatures.installed, outcome.signatures, `${name}: info shows what the install verified`);
        assert.deepEqual(after.signatures.locked, outcome.signatures);
        assert.equal(after.signatures.declared.length, info.plan.signatures!.length);
      }
    });
  }

  it('the GitHub attestation lookup starts while the asset downloads (digest from the checksum file)', { timeout: 120_000 }, async () => {
    // A world of its own: nothing cached from the installs above.
    const fresh = signedWorld(up, ss);
    const tc = await fresh.engine();
    const info = await tc.info({ tool: 'cli/cli', version: 'v2.80.0' });
    const published = await publishSigned(fresh, info.plan);
    const spec = info.plan.signatures!.find((s) => s.kind === 'github_artifact_attestations')!;
    const assetPath = new URL(info.plan.urls[0]).pathname;
    const assetPaths = [assetPath, `/github-cdn${assetPath}`];
    const attestationPath = `/api/v3/repos/${spec.owner}/${spec.repo}/attestations/sha256:${published.sha256}`;
    up.resetCounts();
    // The asset's body is held until the attestation lookup arrives: the install completes only
    // if the lookup was made while the download was still open (it hangs otherwise).
    up.gate([...assetPaths, attestationPath], 2);
    try {
      const [outcome] = await tc.install([{ tool: 'cli/cli', version: 'v2.80.0' }]);
      assert.equal(outcome.status, 'installed', `${outcome.error?.message}\n${outcome.error?.explanation}`);
      assert.deepEqual(
        outcome.signatures?.map((s) => s.kind),
        ['github_artifact_attestations'],
      );
      const paths = up.requests.map((r) => r.path.split('?')[0]);
      const asset = paths.findIndex((p) => assetPaths.includes(p));
      const lookups = paths.flatMap((p, i) => (p.startsWith(`/api/v3/repos/${spec.owner}/${spec.repo}/attestations/`) ? [i] : []));
      assert.ok(asset >= 0, 'the asset was downloaded');
      // One lookup, by the digest the downloaded bytes have.
      assert.deepEqual(
        lookups.map((i) => paths[i]),
        [attestationPath],
      );
      // Its digest came from the checksum file, fetched before it; the gate above proves the
      // asset's bytes were not sent (so the download could not complete) before it arrived.
      const checksum = paths.indexOf(new URL(info.plan.checksum!.url).pathname);
      assert.ok(checksum >= 0 && checksum < lookups[0], `request order: ${paths.join(', ')}`);
    } finally {
      up.clearFaults();
    }
  });

  it('SLSA provenance in a Sigstore bundle (slsa-github-generator v2) verifies too', async () => {
    const tc = await w.engine();
    const info = await tc.info({ tool: 'ianlewis/todos', version: 'v0.14.0' });
    await publishSigned(w, info.plan, { slsaBundle: true });
    const [outcome] = await tc.install([{ tool: 'ianlewis/todos', version: 'v0.14.0' }]);
    assert.equal(outcome.status, 'installed', outcome.error?.message);
    assert.equal(outcome.signatures?.[0].kind, 'slsa_provenance');
  });

  it('the opentofu identity from the issue (release.yml on refs/heads/v1.10) is what the lock records', async () => {
    const locked = lockFile().tools['opentofu/opentofu'].versions['v1.10.3'].platforms;
    const entry = Object.values(locked)[0];
    assert.deepEqual(
      entry.signatures?.map((s) => [s.kind, s.subject, s.signer, s.issuer]),
      [
        [
          'cosign',
          'asset',
          'https://github.com/opentofu/opentofu/.github/workflows/release.yml@refs/heads/v1.10',
          'https://token.actions.githubusercontent.com',
        ],
        [
          'cosign',
          'checksum_file',
          'https://github.com/opentofu/opentofu/.github/workflows/release.yml@refs/heads/v1.10',
          'https://token.actions.githubusercontent.com',
        ],
      ],
    );
  });
});
