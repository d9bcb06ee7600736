import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { InstallOutcome } from '../../../src/toolchain/types.js';
import { startGithubUpstream } from '../../support/githubUpstream.js';
import { startFakeSigstore } from '../../support/sigstore.js';
import { publishSigned, signedWorld, type PublishOptions } from './signedReleases.js';

// What must fail, and how: tampering, identities, issuers, expired or untrusted certificates,
// missing signatures under each policy, and installs from the lock re-verifying.
const up = await startGithubUpstream();
after(() => up.close());
const ss = await startFakeSigstore();
const w = signedWorld(up, ss);

async function attempt(tool: string, version: string, publish: PublishOptions = {}, verification: Record<string, unknown> = {}): Promise<InstallOutcome> {
  w.configure(verification);
  const tc = await w.engine();
  await publishSigned(w, (await tc.info({ tool, version })).plan, publish);
  const [outcome] = await tc.install([{ tool, version }]);
  return outcome;
}

/** Failed with `code`, naming the tool and the kind, with a hint to override for that tool only; nothing installed or left behind. */
function assertRejected(o: InstallOutcome, code: string, kind?: string): void {
  assert.equal(o.status, 'failed', `expected ${code}, got an install`);
  const e = o.error!;
  assert.equal(e.code, code, `${e.code}: ${e.message}\n${e.explanation}`);
  assert.ok(e.message.includes(o.tool.name), `the message names the tool: ${e.message}`);
  if (kind) {
    assert.ok(e.message.includes(kind), `the message names the kind: ${e.message}`);
    assert.match(
      e.hint ?? '',
      new RegExp(`toolchain\\.verification\\.tools\\."${o.tool.name.replace(/[/.]/g, '\\$&')}"\\.`),
      'the hint overrides for this tool only',
    );
  }
  const binDir = path.join(w.cache, 'toolchain', 'bin', o.tool.repoOwner, o.tool.repoName, o.version);
  assert.ok(!existsSync(binDir), 'nothing installed');
  const downloads = path.join(w.cache, 'toolchain', 'downloads', o.tool.repoOwner, o.tool.repoName);
  assert.deepEqual(existsSync(downloads) ? readdirSync(downloads, { recursive: true }) : [], [], 'the download was deleted');
}

describe('signatures: rejections', () => {
  it('a tampered asset (attacker replaced the asset and its checksum file) fails the asset signature', async () => {
    // cosign keyless on the asset (opentofu), a cosign bundle on the asset (upcloud-cli), minisign on the asset.
    assertRejected(await attempt('opentofu/opentofu', 'v1.10.4', { swapAsset: true }), 'SIGNATURE_INVALID', 'cosign');
    assertRejected(await attempt('UpCloudLtd/upcloud-cli', 'v3.98.0', { swapAsset: true }), 'SIGNATURE_INVALID', 'cosign');
    assertRejected(await attempt('jedisct1/minisign', '0.11', { swapAsset: true }), 'SIGNATURE_INVALID', 'minisign');
    // SLSA: the provenance is about other bytes.
    const slsa = await attempt('ianlewis/todos', 'v0.12.0', { swapAsset: true });
    assertRejected(slsa, 'SIGNATURE_INVALID', 'slsa_provenance');
    assert.match(slsa.error!.explanation!, /other bytes/);
    // GitHub attestations: GitHub has none for the tampered digest.
    assertRejected(await attempt('FiloSottile/age', 'v1.3.6', { swapAsset: true }), 'SIGNATURE_MISSING', 'github_artifact_attestations');
  });

  it('a tampered checksum file that matches the tampered asset fails the checksum file signature', async () => {
    for (const [tool, version, kind] of [
      ['anchore/syft', 'v1.21.0', 'cosign'],
      ['FairwindsOps/pluto', 'v5.22.0', 'cosign'],
      ['abhinav/git-spice', 'v0.98.0', 'cosign'],
      ['bufbuild/buf', 'v1.56.0', 'minisign'],
      ['watchexec/cargo-watch', 'v8.5.2', 'minisign'],
    ]) {
      const o = await attempt(tool, version, { swapAsset: true });
      assertRejected(o, 'SIGNATURE_INVALID', kind);
      assert.match(o.error!.message, /checksum file/);
    }
  });

  it('a wrong identity fails with expected vs found', async () => {
    const evil = 'https://github.com/evil/opentofu/.github/workflows/release.yml@refs/heads/main';
    const o = await attempt('opentofu/opentofu', 'v1.10.5', { san: evil });
    assertRejected(o, 'SIGNATURE_IDENTITY_MISMATCH', 'cosign');
    assert.ok(o.error!.explanation!.includes(`found    identity: ${evil}`), o.error!.explanation);
    assert.ok(o.error!.explanation!.includes('expected identity: /^https://github\\.com/opentofu/opentofu/'), o.error!.explanation);
    // Exact identities, the \Q…\E regexp of DataDog/pup (another tag is another identity), attestation signer workflows, SLSA builders.
    assertRejected(
      await attempt('anchore/syft', 'v1.22.0', { san: 'https://github.com/anchore/syft/.github/workflows/other.yaml@refs/heads/main' }),
      'SIGNATURE_IDENTITY_MISMATCH',
      'cosign',
    );
    assertRejected(
      await attempt('DataDog/pup', 'v0.98.0', { san: 'https://github.com/DataDog/pup/.github/workflows/release.yml@refs/tags/v0.97.0' }),
      'SIGNATURE_IDENTITY_MISMATCH',
      'cosign',
    );
    assertRejected(
      await attempt('Byron/dua-cli', 'v2.98.0', { san: 'https://github.com/Byron/dua-cli/.github/workflows/ci.yml@refs/heads/main' }),
      'SIGNATURE_IDENTITY_MISMATCH',
      'github_artifact_attestations',
    );
    assertRejected(
      await attempt('google/osv-scanner', 'v2.1.0', { san: 'https://github.com/someone/builder/.github/workflows/b.yml@refs/tags/v1.0.0' }),
      'SIGNATURE_IDENTITY_MISMATCH',
      'slsa_provenance',
    );
  });

  it('SLSA provenance from another source repository or tag fails', async () => {
    const repo = await attempt('argoproj/argo-rollouts', 'v1.7.0', { slsaSource: { repo: 'evil/argo-rollouts' } });
    assertRejected(repo, 'SIGNATURE_IDENTITY_MISMATCH', 'slsa_provenance');
    assert.match(
      repo.error!.explanation!,
      /expected source repository: github\.com\/argoproj\/argo-rollouts\n\s+found\s+source repository: github\.com\/evil\/argo-rollouts/,
    );
    const tag = await attempt('argoproj/argo-rollouts', 'v1.7.1', { slsaSource: { tag: 'v1.7.0' } });
    assertRejected(tag, 'SIGNATURE_IDENTITY_MISMATCH', 'slsa_provenance');
    assert.match(tag.error!.explanation!, /refs\/tags\/v1\.7\.1[\s\S]*refs\/tags\/v1\.7\.0/);
  });

  it('a wrong OIDC issuer fails', async () => {
    const o = await attempt('anchore/syft', 'v1.23.0', { issuer: 'https://accounts.google.com' });
    assertRejected(o, 'SIGNATURE_IDENTITY_MISMATCH', 'cosign');
    assert.match(
      o.error!.explanation!,
      /expected OIDC issuer: https:\/\/token\.actions\.githubusercontent\.com\n\s+found\s+OIDC issuer: https:\/\/accounts\.google\.com/,
    );
    assertRejected(
      await attempt('Zxilly/go-size-analyzer', 'v1.98.0', { issuer: 'https://accounts.google.com' }),
      'SIGNATURE_IDENTITY_MISMATCH',
      'github_artifact_attestations',
    );
  });

  it('an expired certificate (expired before the log entry) or one from an unknown CA is untrusted', async () => {
    const expired = await attempt('abhinav/git-spice', 'v0.97.0', { expired: true });
    assertRejected(expired, 'SIGNATURE_UNTRUSTED', 'cosign');
    assert.match(expired.error!.explanation!, /expired/);
    assertRejected(await attempt('GitGuardian/ggshield', 'v1.98.0', { expired: true }), 'SIGNATURE_UNTRUSTED', 'github_artifact_attestations');
    const rogue = await attempt('opentofu/opentofu', 'v1.10.6', { untrusted: true });
    assertRejected(rogue, 'SIGNATURE_UNTRUSTED', 'cosign');
    assert.ok(rogue.error!.explanation!.includes(w.trustedRoot), 'names the trusted root it checked against');
  });

  it('a declared signature that is missing fails under required and when_available, not under disabled', async () => {
    for (const policy of ['required', 'when_available']) {
      const o = await attempt('cli/cli', policy === 'required' ? 'v2.81.0' : 'v2.82.0', { omit: ['github_artifact_attestations'] }, { signatures: policy });
      assertRejected(o, 'SIGNATURE_MISSING', 'github_artifact_attestations');
    }
    const minisig = await attempt('jdx/mise', 'v2025.9.1', { omit: ['minisign'] });
    assertRejected(minisig, 'SIGNATURE_MISSING', 'minisign');
    assert.match(minisig.error!.explanation!, /SHASUMS512\.txt\.minisig/);
    const off = await attempt('cli/cli', 'v2.83.0', { omit: ['github_artifact_attestations'] }, { signatures: 'disabled' });
    assert.equal(off.status, 'installed', off.error?.message);
    assert.equal(off.signatures, undefined);
  });

  it('a tool whose definition declares no signature fails only under required, and a per-tool override relaxes it', async () => {
    // FiloSottile/age before v1.3 has no attestations in the registry.
    const required = await attempt('FiloSottile/age', 'v1.2.1', {}, { signatures: 'required' });
    assertRejected(required, 'SIGNATURE_REQUIRED');
    assert.match(required.error!.hint!, /toolchain\.verification\.tools\."FiloSottile\/age"\.signatures: when_available/);
    const relaxed = await attempt('FiloSottile/age', 'v1.2.1', {}, { signatures: 'required', tools: { 'FiloSottile/age': { signatures: 'when_available' } } });
    assert.equal(relaxed.status, 'installed', relaxed.error?.message);
    const plain = await attempt('FiloSottile/age', 'v1.2.0', {}, { signatures: 'when_available' });
    assert.equal(plain.status, 'installed');
    assert.equal(plain.signatures, undefined);
  });

  it('per-kind switches: a kind switched off is not checked, and under required it does not count', async () => {
    const off = await attempt(
      'opentofu/opentofu',
      'v1.10.7',
      { omit: ['cosign'] },
      { tools: { tofu: { disabled_kinds: ['cosign'] }, 'opentofu/opentofu': { disabled_kinds: ['cosign'] } } },
    );
    assert.equal(off.status, 'installed', off.error?.message);
    const required = await attempt('opentofu/opentofu', 'v1.10.8', {}, { signatures: 'required', kinds: { cosign: false } });
    assertRejected(required, 'SIGNATURE_REQUIRED');
    assert.match(required.error!.explanation!, /declares cosign, but those kinds are switched off/);
    // Only the switched-off kind is skipped: flux2's SLSA provenance is still checked.
    const flux = await attempt('fluxcd/flux2', 'v2.5.0', { omit: ['slsa_provenance'] }, { kinds: { cosign: false } });
    assertRejected(flux, 'SIGNATURE_MISSING', 'slsa_provenance');
  });
});

describe('signatures: installs from the lock re-verify what the lock recorded', () => {
  it('re-verifies the same identity, and fails when the signer changed or the signature went away', async () => {
    w.configure();
    let tc = await w.engine();
    const tool = 'opentofu/opentofu';
    const version = 'v1.10.9';
    const plan = (await tc.info({ tool, version })).plan;
    await publishSigned(w, plan);
    const [first] = await tc.install([{ tool, version }]);
    assert.equal(first.status, 'installed', first.error?.message);

    // Reinstall from the lock: the signatures are fetched and verified again.
    await tc.uninstall([{ tool, version }]);
    up.resetCounts();
    tc = await w.engine();
    const [again] = await tc.install([{ tool, version }]);
    assert.equal(again.status, 'installed', again.error?.message);
    assert.equal(again.fromLock, true);
    assert.equal(up.count(`/opentofu/opentofu/releases/download/${version}/${plan.assetName}.sig`), 1, 'the asset signature was checked again');
    assert.deepEqual(again.signatures, first.signatures);

    // The release is re-signed by another workflow the registry also accepts (refs/heads/main):
    // the registry check passes, the lock's recorded identity does not.
    await tc.uninstall([{ tool, version }]);
    await publishSigned(w, plan, { san: 'https://github.com/opentofu/opentofu/.github/workflows/release.yml@refs/heads/main' });
    tc = await w.engine();
    const [changed] = await tc.install([{ tool, version }]);
    assertRejected(changed, 'LOCK_SIGNATURE_MISMATCH');
    assert.match(
      changed.error!.explanation!,
      /Recorded: cosign on the asset by https:\/\/github\.com\/opentofu\/opentofu\/\.github\/workflows\/release\.yml@refs\/heads\/v1\.10/,
    );
    assert.match(changed.error!.explanation!, /Verified now: .*refs\/heads\/main/);
  });

  it('an attestation that disappears after locking fails the locked install', async () => {
    w.configure();
    let tc = await w.engine();
    const plan = (await tc.info({ tool: 'astral-sh/ruff', version: '0.98.0' })).plan;
    await publishSigned(w, plan);
    const [first] = await tc.install([{ tool: 'astral-sh/ruff', version: '0.98.0' }]);
    assert.equal(first.status, 'installed', first.error?.message);
    await tc.uninstall([{ tool: 'astral-sh/ruff', version: '0.98.0' }]);
    up.clearAttestations('astral-sh', 'ruff');
    tc = await w.engine();
    const [again] = await tc.install([{ tool: 'astral-sh/ruff', version: '0.98.0' }]);
    assert.equal(again.fromLock, true);
    assertRejected(again, 'SIGNATURE_MISSING', 'github_artifact_attestations');
  });

  it('the lock command records what it verified', async () => {
    w.configure();
    const tc = await w.engine();
    const plan = (await tc.info({ tool: 'getsops/sops', version: 'v3.9.0' })).plan;
    await publishSigned(w, plan);
    const [locked] = await tc.lock([{ tool: 'getsops/sops', version: 'v3.9.0' }]);
    assert.equal(locked.status, 'locked', locked.error?.message);
    const info = await tc.info({ tool: 'getsops/sops', version: 'v3.9.0' });
    assert.deepEqual(
      info.signatures.locked.map((s) => s.kind),
      ['slsa_provenance', 'cosign'],
    );
  });
});
