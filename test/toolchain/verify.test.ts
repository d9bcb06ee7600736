import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findChecksum } from '../../src/toolchain/checksumFile.js';
import { startHarness } from '../support/toolchainHarness.js';
import { sha256 } from '../support/githubUpstream.js';
import { jq, opentofu, terraform, tflint } from '../support/realTools.js';

const h = await startHarness();
await opentofu.publish(h.up, '1.0.0');
await terraform.publish(h.up, '1.0.0');
await tflint.publish(h.up, '1.0.0');
await jq.publish(h.up, '1.0.0');
// A release with no checksum file and no API digest.
h.up.addRelease('jqlang', 'jq', 'jq-2.0.0', { 'jq-linux-amd64': '#!/bin/sh\necho jq 2.0.0\n' }, { digests: false });

describe('checksum file formats', () => {
  const hex = sha256('x');
  it('default format: "<hex>  <name>" lines, binary marker and directories stripped', () => {
    const text = `${sha256('a')}  other.zip\r\n${hex} *dist/tool_linux_amd64.zip\r\n`;
    assert.equal(findChecksum(text, { fileFormat: '', algorithm: 'sha256' }, 'tool_linux_amd64.zip'), hex);
    assert.equal(findChecksum(text, { fileFormat: '', algorithm: 'sha256' }, 'missing.zip'), undefined);
  });
  it('default format: tab separated', () => {
    assert.equal(findChecksum(`${hex}\ttool.tgz\n`, { fileFormat: '', algorithm: 'sha256' }, 'tool.tgz'), hex);
  });
  it('default format: a single bare digest', () => {
    assert.equal(findChecksum(`${hex.toUpperCase()}\n`, { fileFormat: '', algorithm: 'sha256' }, 'kubectl'), hex);
  });
  it('raw format: the whole file', () => {
    assert.equal(findChecksum(`  ${hex}  \n`, { fileFormat: 'raw', algorithm: 'sha256' }, 'anything'), hex);
  });
  it('regexp format with a file pattern (BSD style)', () => {
    const s512 = 'ab'.repeat(64);
    const text = `SHA512 (a) = ${'cd'.repeat(64)}\nSHA512 (yq_linux_amd64) = ${s512}\n`;
    const src = { fileFormat: 'regexp' as const, algorithm: 'sha512' as const, pattern: { checksum: '= ([0-9a-f]+)$', file: '^SHA512 \\((\\S+)\\)' } };
    assert.equal(findChecksum(text, src, 'yq_linux_amd64'), s512);
  });
  it('regexp format without a file pattern: first match', () => {
    const src = { fileFormat: 'regexp' as const, algorithm: 'sha1' as const, pattern: { checksum: '^sha1: ([0-9a-f]{40})' } };
    assert.equal(findChecksum(`md5: x\nsha1: ${'a'.repeat(40)}\n`, src, 'x'), 'a'.repeat(40));
  });
  it('md5 and sha1 digests are accepted; a digest of the wrong length is an error', () => {
    assert.equal(findChecksum(`${'b'.repeat(32)}  f\n`, { fileFormat: '', algorithm: 'md5' }, 'f'), 'b'.repeat(32));
    assert.throws(() => findChecksum(`${'b'.repeat(32)}  f\n`, { fileFormat: '', algorithm: 'sha256' }, 'f'), { code: 'CHECKSUM_FORMAT' });
  });
});

describe('checksum verification', () => {
  it('a mismatch deletes the download, installs nothing, and names expected vs got', async () => {
    const tc = await h.toolchain();
    h.up.addRelease('opentofu', 'opentofu', 'v1.0.0', { 'tofu_1.0.0_SHA256SUMS': `${'0'.repeat(64)}  tofu_1.0.0_linux_amd64.tar.gz\n` });
    const [o] = await tc.install([{ tool: 'tofu', version: '1.0.0' }]);
    assert.equal(o.status, 'failed');
    assert.equal(o.error?.code, 'CHECKSUM_MISMATCH');
    assert.match(o.error!.message, /expected sha256:0{64}, got sha256:[0-9a-f]{64}/);
    assert.ok(!existsSync(path.join(tc.installRoot, 'bin/opentofu/opentofu/1.0.0')));
    const dl = path.join(tc.installRoot, 'downloads/opentofu/opentofu/1.0.0/linux_amd64');
    assert.deepEqual(existsSync(dl) ? readdirSync(dl) : [], []);
    assert.ok(!existsSync(tc.lockPath) || !/opentofu/.test((await import('node:fs')).readFileSync(tc.lockPath, 'utf8')));
  });

  it('the GitHub asset digest verifies a release without a checksum file, and a wrong digest fails', async () => {
    const tc = await h.toolchain();
    h.up.resetCounts();
    const [ok] = await tc.install([{ tool: 'jq', version: '1.0.0' }]);
    assert.equal(ok.status, 'installed');
    assert.equal(h.up.count('/api/v3/repos/jqlang/jq/releases/tags/jq-1.0.0'), 1);

    // Tampered download: the URL serves other bytes than the asset whose digest the API reports.
    h.up.addRelease('jqlang', 'jq', 'jq-3.0.0', { 'jq-linux-amd64': 'original', 'jq-evil': 'tampered' });
    const tc2 = await h.toolchain();
    h.registry.override = (p) =>
      p.name === 'jqlang/jq'
        ? { ...p, urls: [p.urls[0].replace('jq-linux-amd64', 'jq-evil')], githubRelease: { ...p.githubRelease!, asset: 'jq-linux-amd64' } }
        : p;
    const [bad] = await tc2.install([{ tool: 'jq', version: '3.0.0' }]);
    h.registry.override = undefined;
    assert.equal(bad.status, 'failed');
    assert.equal(bad.error?.code, 'CHECKSUM_MISMATCH');
    assert.match(bad.error!.message, new RegExp(`expected sha256:${sha256('original')}, got sha256:${sha256('tampered')}`));
  });

  it('no checksum source: installs under when_available, fails under required, and disabled skips declared files', async () => {
    const tc = await h.toolchain();
    const [o] = await tc.install([{ tool: 'jq', version: '2.0.0' }]);
    assert.equal(o.status, 'installed');

    // (With the lock in use, the checksum recorded on first install would satisfy "required".)
    const strict = await h.toolchain({ toolchainConfig: { verification: { checksums: 'required' }, use_lock_file: false } });
    await strict.uninstall([{ tool: 'jq', version: '2.0.0' }]);
    const [r] = await strict.install([{ tool: 'jq', version: '2.0.0' }]);
    assert.equal(r.status, 'failed');
    assert.equal(r.error?.code, 'CHECKSUM_REQUIRED');
    assert.ok(!existsSync(path.join(strict.installRoot, 'bin/jqlang/jq/2.0.0')));

    // required is satisfied by a declared checksum file.
    const [t] = await strict.install([{ tool: 'terraform', version: '1.0.0' }]);
    assert.equal(t.status, 'installed', t.error?.message);

    const off = await h.toolchain({ toolchainConfig: { verification: { checksums: 'disabled' } } });
    h.up.resetCounts();
    const [d] = await off.install([{ tool: 'tflint', version: '1.0.0' }]);
    assert.equal(d.status, 'installed');
    assert.equal(h.up.count('/terraform-linters/tflint/releases/download/v1.0.0/checksums.txt'), 0);
    h.writeConfig({});
  });

  it('a declared checksum file that cannot be fetched is an error even under when_available', async () => {
    const tc = await h.toolchain();
    h.registry.override = (p) =>
      p.name === 'hashicorp/terraform' ? { ...p, version: p.version, checksum: { ...p.checksum!, url: p.checksum!.url.replace('SHA256SUMS', 'MISSING') } } : p;
    await tc.uninstall([{ tool: 'terraform', version: '1.0.0' }]);
    const [o] = await tc.install([{ tool: 'terraform', version: '1.0.0' }]);
    h.registry.override = undefined;
    assert.equal(o.status, 'failed');
    assert.equal(o.error?.code, 'CHECKSUM_UNAVAILABLE');
    assert.ok(!existsSync(path.join(tc.installRoot, 'bin/hashicorp/terraform/1.0.0')));
  });

  it('a checksum file without an entry for the asset is an error', async () => {
    const tc = await h.toolchain({ toolchainConfig: { use_lock_file: false } });
    h.registry.override = (p) => (p.name === 'terraform-linters/tflint' ? { ...p, assetName: 'tflint_plan9_amd64.zip' } : p);
    await tc.uninstall([{ tool: 'tflint' }]);
    const [o] = await tc.install([{ tool: 'tflint', version: '1.0.0' }]);
    h.registry.override = undefined;
    assert.equal(o.status, 'failed');
    assert.equal(o.error?.code, 'CHECKSUM_UNAVAILABLE');
    assert.match(o.error!.message, /no entry for tflint_plan9_amd64\.zip/);
    h.writeConfig({});
  });
});
