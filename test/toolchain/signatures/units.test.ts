import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AtmosError } from '../../../src/common/errors.js';
import { signatureSpecs, type SignatureContext } from '../../../src/toolchain/registry/signatureSpecs.js';
import { renderTemplate } from '../../../src/toolchain/registry/goTemplate.js';
import { signatureSettingsFor } from '../../../src/toolchain/signatures/index.js';
import { parseMinisignPublicKey, verifyMinisign } from '../../../src/toolchain/signatures/minisign.js';
import { PUBLIC_GOOD_ORIGIN, SignatureCheckFailure, loadTrustedRoot, parsePublicKey, verifyBundle } from '../../../src/toolchain/signatures/sigstore.js';
import { startFakeSigstore } from '../../support/sigstore.js';
import { tempDir } from '../../support/tmp.js';

const ctx: SignatureContext = {
  name: 'acme/tool',
  owner: 'acme',
  repo: 'tool',
  tag: 'v1.2.3',
  assetData: { Version: 'v1.2.3', SemVer: '1.2.3', OS: 'linux', Arch: 'amd64', Asset: 'tool_linux_amd64.tar.gz' },
  checksumData: { Version: 'v1.2.3', SemVer: '1.2.3', OS: 'linux', Arch: 'amd64', Asset: 'tool_linux_amd64.tar.gz' },
  render: (t, d) => renderTemplate(t, d),
};
const rel = (asset: string) => `https://github.com/acme/tool/releases/download/v1.2.3/${asset}`;

describe('signature declarations render like aqua reads them', () => {
  it('cosign opts: value flags in both spellings, --insecure-ignore-tlog, templates, download sources', () => {
    const specs = signatureSpecs(
      {
        cosign: {
          opts: ['--key=https://example.com/{{.Version}}/cosign.pub', '--signature', rel('{{.Asset}}.sig'), '--insecure-ignore-tlog', '--output', 'x'],
        },
      },
      {
        cosign: {
          bundle: { type: 'github_release', asset: 'checksums.txt.sigstore.json' },
          opts: ['--certificate-identity-regexp', '^https://github\\.com/acme/.*$'],
        },
      },
      ctx,
    );
    assert.deepEqual(specs, [
      { kind: 'cosign', subject: 'asset', key: 'https://example.com/v1.2.3/cosign.pub', signature: rel('tool_linux_amd64.tar.gz.sig'), ignoreTlog: true },
      { kind: 'cosign', subject: 'checksum_file', identityRegexp: '^https://github\\.com/acme/.*$', bundle: rel('checksums.txt.sigstore.json') },
    ]);
  });

  it('enabled defaults: cosign needs a field, minisign and attestations default on, SLSA needs a type', () => {
    assert.deepEqual(signatureSpecs({ cosign: { enabled: false, opts: ['--key', 'k'] }, slsa_provenance: { asset: 'x' } }, undefined, ctx), []);
    assert.deepEqual(signatureSpecs({ minisign: { enabled: false, type: 'github_release', asset: 'a', public_key: 'k' } }, undefined, ctx), []);
    const [gaa, slsa, minisign] = [
      ...signatureSpecs({ github_artifact_attestations: { 'signer-workflow': 'acme/tool/.github/workflows/r.yml' } }, undefined, ctx),
      ...signatureSpecs(
        { slsa_provenance: { type: 'github_release', repo_owner: 'other', asset: 'multiple.intoto.jsonl', source_uri: 'github.com/acme/src' } },
        undefined,
        ctx,
      ),
      ...signatureSpecs({}, { minisign: { type: 'http', url: 'https://dl.example/{{.SemVer}}/sums.minisig', public_key: 'RWQ' } }, ctx),
    ];
    assert.deepEqual(gaa, {
      kind: 'github_artifact_attestations',
      subject: 'asset',
      owner: 'acme',
      repo: 'tool',
      signerWorkflow: 'acme/tool/.github/workflows/r.yml',
    });
    assert.deepEqual(slsa, {
      kind: 'slsa_provenance',
      subject: 'asset',
      url: 'https://github.com/other/tool/releases/download/v1.2.3/multiple.intoto.jsonl',
      sourceUri: 'github.com/acme/src',
      sourceTag: 'v1.2.3',
    });
    assert.deepEqual(minisign, { kind: 'minisign', subject: 'checksum_file', url: 'https://dl.example/1.2.3/sums.minisig', publicKey: 'RWQ' });
  });

  it('an incomplete declaration names the field', () => {
    assert.throws(
      () => signatureSpecs({ slsa_provenance: { type: 'http' } }, undefined, ctx),
      (e: AtmosError) => e.code === 'REGISTRY_INVALID' && /slsa_provenance\.url/.test(e.message),
    );
  });
});

describe('policy resolution', () => {
  it('global policy and kinds, then the first matching tools entry (name, alias or owner/repo)', () => {
    const config = {
      signatures: 'required' as const,
      kinds: { slsa_provenance: false },
      tools: { tofu: { signatures: 'disabled' as const }, 'acme/tool': { signatures: 'inherit' as const, disabled_kinds: ['minisign' as const] } },
    };
    const tofu = signatureSettingsFor(config, ['opentofu/opentofu', 'tofu']);
    assert.equal(tofu.policy, 'disabled');
    const acme = signatureSettingsFor(config, ['acme/tool']);
    assert.equal(acme.policy, 'required');
    assert.deepEqual([...acme.kinds].sort(), ['cosign', 'github_artifact_attestations']);
    const plain = signatureSettingsFor(undefined, ['x/y']);
    assert.equal(plain.policy, 'when_available');
    assert.equal(plain.kinds.size, 4);
  });
});

describe('minisign', async () => {
  const ss = await startFakeSigstore();
  const signer = ss.minisign();
  const key = parseMinisignPublicKey(signer.publicKey);
  const message = Buffer.from('sha256 sums\n');

  it('verifies prehashed (ED) and legacy (Ed) signatures and returns the trusted comment', () => {
    assert.equal(verifyMinisign(key, signer.sign(message, { trustedComment: 'file:sums' }), message).trustedComment, 'file:sums');
    assert.equal(verifyMinisign(key, signer.sign(message, { prehashed: false, trustedComment: 'legacy' }), message).trustedComment, 'legacy');
  });

  it('rejects other bytes, a swapped trusted comment and another key', () => {
    const sig = signer.sign(message, { trustedComment: 'timestamp:1 file:sums' });
    assert.throws(
      () => verifyMinisign(key, sig, Buffer.from('other')),
      (e: SignatureCheckFailure) => e.reason === 'signature',
    );
    const swapped = sig.replace('trusted comment: timestamp:1 file:sums', 'trusted comment: timestamp:1 file:evil');
    assert.throws(() => verifyMinisign(key, swapped, message), /trusted comment/);
    const other = parseMinisignPublicKey(ss.minisign().publicKey);
    assert.throws(() => verifyMinisign(other, sig, message), /signed with key [0-9A-F]{16}, expected key [0-9A-F]{16}/);
  });
});

describe('Sigstore bundles and trusted roots', async () => {
  const ss = await startFakeSigstore();
  const dir = tempDir();
  const root = await loadTrustedRoot(ss.writeTrustedRoot(dir));
  const signer = await ss.keyless({ san: 'https://github.com/acme/tool/.github/workflows/release.yml@refs/tags/v1' });
  const blob = Buffer.from('artifact');

  it('a transparency-log entry whose signed timestamp or checkpoint does not verify is rejected', async () => {
    const bundle = signer.bundle(blob) as { verificationMaterial: { tlogEntries: Record<string, unknown>[] } };
    const entry = bundle.verificationMaterial.tlogEntries[0] as {
      inclusionPromise: { signedEntryTimestamp: string };
      inclusionProof: { checkpoint: { envelope: string } };
    };
    const badSet = structuredClone(bundle);
    (badSet.verificationMaterial.tlogEntries[0] as typeof entry).inclusionPromise.signedEntryTimestamp = Buffer.alloc(70, 1).toString('base64');
    await assert.rejects(verifyBundle(badSet, root, { artifact: blob }), (e: SignatureCheckFailure) => e.reason === 'tlog');
    const badCheckpoint = structuredClone(bundle);
    const cp = badCheckpoint.verificationMaterial.tlogEntries[0] as typeof entry;
    cp.inclusionProof.checkpoint.envelope = cp.inclusionProof.checkpoint.envelope.replace('\n1\n', '\n2\n');
    await assert.rejects(verifyBundle(badCheckpoint, root, { artifact: blob }), (e: SignatureCheckFailure) => e.reason === 'tlog');
    // Without --insecure-ignore-tlog a bundle with no log entry is not enough.
    const none = structuredClone(bundle);
    none.verificationMaterial.tlogEntries = [];
    await assert.rejects(verifyBundle(none, root, { artifact: blob }), SignatureCheckFailure);
    // A key-based bundle needs no timestamp, so only the tlog requirement stops an unlogged one.
    const keySigner = ss.key();
    const keyBundle = keySigner.bundle(blob) as typeof bundle;
    const key = parsePublicKey(keySigner.publicPem);
    await verifyBundle(keyBundle, root, { artifact: blob, key });
    keyBundle.verificationMaterial.tlogEntries = [];
    await assert.rejects(verifyBundle(keyBundle, root, { artifact: blob, key }), (e: SignatureCheckFailure) => e.reason === 'tlog');
    await verifyBundle(keyBundle, root, { artifact: blob, key, ignoreTlog: true });
  });

  it('the shipped public-good root is the default, and it does not trust the test CA', async () => {
    const publicGood = await loadTrustedRoot(undefined);
    assert.equal(publicGood.origin, PUBLIC_GOOD_ORIGIN);
    const tlogs = (publicGood.json as { tlogs: { baseUrl: string }[] }).tlogs.map((t) => t.baseUrl);
    assert.ok(tlogs.includes('https://rekor.sigstore.dev'));
    await assert.rejects(
      verifyBundle(signer.bundle(blob), publicGood, { artifact: blob }),
      (e: SignatureCheckFailure) => e.reason === 'certificate' || e.reason === 'tlog',
    );
  });

  it('a trusted_root override that is not a trusted root is a clear error', async () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, '{"tlogs": 1}');
    await assert.rejects(loadTrustedRoot(file), (e: AtmosError) => e.code === 'TRUSTED_ROOT_INVALID' && e.message.includes(file));
    await assert.rejects(
      loadTrustedRoot(path.join(dir, 'missing.json')),
      (e: AtmosError) => e.code === 'TRUSTED_ROOT_INVALID' && /cannot read/.test(e.message),
    );
  });
});
