import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startMirrorServer } from '../../src/mirror/index.js';
import type { MirrorServer } from '../../src/mirror/types.js';
import { TerraformClient } from '../support/terraformClient.js';
import * as openpgp from 'openpgp';
import { generateSigningKey, type FakeRegistry } from '../support/terraformRegistry.js';
import { tempDir } from '../support/tmp.js';
import { NULL_PROVIDER, startRegistry } from '../support/mirrorSetup.js';

const HOST = 'registry.example.test';

/** A self-signed certificate for 127.0.0.1 made with openssl; the test client trusts exactly it. */
function selfSignedCert(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=atmos-ts test',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert: readFileSync(cert, 'utf8'), key: readFileSync(key, 'utf8') };
}

describe('mirror mode (network mirror protocol over https)', () => {
  const root = tempDir();
  const tls = selfSignedCert(tempDir());
  let upstream: FakeRegistry;
  let downloads: FakeRegistry;
  let proxy: MirrorServer;
  let client: TerraformClient;

  before(async () => {
    // Zips and SHA256SUMS live on a separate download host, like releases.hashicorp.com.
    downloads = await startRegistry('releases.example.test');
    upstream = await startRegistry(HOST, { providers: [NULL_PROVIDER], downloadsOn: downloads });
    proxy = await startMirrorServer({
      root,
      mode: 'mirror',
      tls,
      metadataTtlMs: 60_000,
      staleWhileRevalidateMs: 0,
      upstreams: { [HOST]: upstream.url },
    });
    client = new TerraformClient({ ca: tls.cert });
  });
  after(async () => {
    await client.close();
    await proxy.close();
    await upstream.close();
    await downloads.close();
  });

  it('listens on https with the mirror URL under the secret prefix', () => {
    assert.match(proxy.mirrorUrl!, /^https:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{32}\/v1\/mirror\/$/);
  });

  it('answers a cold <version>.json with zh: hashes from SHA256SUMS without downloading any zip', async () => {
    const res = await client.get(`${proxy.mirrorUrl}${HOST}/hashicorp/null/3.2.0.json`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/json');
    const doc = JSON.parse(res.body.toString()) as { archives: Record<string, { url: string; hashes: string[] }> };
    assert.deepEqual(Object.keys(doc.archives).sort(), ['darwin_arm64', 'linux_amd64', 'windows_amd64']);
    for (const [plat, a] of Object.entries(doc.archives)) {
      assert.equal(a.url, `terraform-provider-null_3.2.0_${plat}.zip`, 'bare filename, resolved back to the proxy');
      const [os, arch] = plat.split('_');
      assert.deepEqual(a.hashes, [`zh:${createHashHex(upstream.zipBytes('null', '3.2.0', os, arch))}`]);
    }
    assert.equal(downloads.count('.zip'), 0);
    assert.equal(downloads.count('_SHA256SUMS', 'GET') - downloads.count('_SHA256SUMS.sig', 'GET'), 1, 'SHA256SUMS fetched once for all platforms');
    assert.equal(downloads.count('_SHA256SUMS.sig', 'GET'), 1, 'and its signature, checked by the proxy');
  });

  it('installs through index.json → <version>.json → zip and adds h1: once the zip is cached', async () => {
    const r = await client.installProviderMirror(proxy.mirrorUrl!, HOST, 'hashicorp', 'null', { os: 'linux', arch: 'amd64' });
    assert.equal(r.version, '3.2.4');
    assert.ok(!('notAvailable' in r));
    if ('notAvailable' in r) return;
    assert.deepEqual(r.hashes, [r.zh]);
    const again = await client.json<{ archives: Record<string, { hashes: string[] }> }>(`${proxy.mirrorUrl}${HOST}/hashicorp/null/3.2.4.json`);
    assert.deepEqual(again.archives.linux_amd64.hashes, [r.h1, r.zh]);
    assert.deepEqual(again.archives.darwin_arm64.hashes.length, 1);
    // No configured token for the download host, and none is ever invented.
    assert.ok(downloads.requests.every((q) => q.authorization === undefined));
  });

  it('never 404s a <version>.json: an unknown version answers {"archives":{}}', async () => {
    const res = await client.get(`${proxy.mirrorUrl}${HOST}/hashicorp/null/9.9.9.json`);
    assert.equal(res.status, 200);
    assert.deepEqual(JSON.parse(res.body.toString()), { archives: {} });
    const unknown = await client.get(`${proxy.mirrorUrl}${HOST}/hashicorp/nothere/1.0.0.json`);
    assert.equal(unknown.status, 200);
    assert.deepEqual(JSON.parse(unknown.body.toString()), { archives: {} });
  });

  it('answers 404 for the index.json of an unknown provider so `direct` can take over', async () => {
    const res = await client.get(`${proxy.mirrorUrl}${HOST}/hashicorp/nothere/index.json`);
    assert.equal(res.status, 404);
    assert.equal(res.headers['content-type'], 'application/json');
  });

  it('refuses a client that does not trust the certificate', async () => {
    const untrusting = new TerraformClient();
    try {
      await assert.rejects(untrusting.get(`${proxy.mirrorUrl}${HOST}/hashicorp/null/index.json`), /certificate/i);
    } finally {
      await untrusting.close();
    }
  });

  it('resolves the platforms of a cold <version>.json in parallel, at most 8 at a time', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ os: `os${i}`, arch: 'amd64' }));
    const wide = await startRegistry('wide.example.test', { providers: [{ ns: 'acme', type: 'wide', versions: [{ version: '1.0.0', platforms: many }] }] });
    wide.latencyMs = 30;
    const p2 = await startMirrorServer({
      root: tempDir(),
      mode: 'mirror',
      tls,
      metadataTtlMs: 60_000,
      staleWhileRevalidateMs: 0,
      upstreams: { 'wide.example.test': wide.url },
    });
    try {
      const doc = await client.json<{ archives: Record<string, unknown> }>(`${p2.mirrorUrl}wide.example.test/acme/wide/1.0.0.json`);
      assert.equal(Object.keys(doc.archives).length, 12);
      assert.ok(wide.maxDownloadMetaInFlight > 1, 'parallel');
      assert.ok(wide.maxDownloadMetaInFlight <= 8, `bounded (saw ${wide.maxDownloadMetaInFlight})`);
    } finally {
      await p2.close();
      await wide.close();
    }
  });

  it('offers no archives when the SHA256SUMS signature does not verify with the registry keys', async () => {
    const forged = await startRegistry('forged.example.test', {
      providers: [{ ns: 'acme', type: 'forged', versions: [{ version: '1.0.0', platforms: [{ os: 'linux', arch: 'amd64' }] }] }],
    });
    const sumsPath = '/files/forged.example.test/forged/1.0.0/terraform-provider-forged_1.0.0_SHA256SUMS';
    const other = await generateSigningKey();
    const forgedSig = (await openpgp.sign({
      message: await openpgp.createMessage({ binary: forged.files.get(sumsPath)!.body }),
      signingKeys: other.privateKey,
      detached: true,
      format: 'binary',
    })) as Uint8Array;
    forged.files.set(`${sumsPath}.sig`, { body: Buffer.from(forgedSig), type: 'application/octet-stream' });
    const p2 = await startMirrorServer({
      root: tempDir(),
      mode: 'mirror',
      tls,
      metadataTtlMs: 60_000,
      staleWhileRevalidateMs: 0,
      upstreams: { 'forged.example.test': forged.url },
    });
    try {
      const doc = await client.json<{ archives: Record<string, unknown> }>(`${p2.mirrorUrl}forged.example.test/acme/forged/1.0.0.json`);
      assert.deepEqual(doc, { archives: {} });
      assert.ok(p2.report().warnings.some((w) => w.includes('signature does not verify')));
    } finally {
      await p2.close();
      await forged.close();
    }
  });

  it('uses zips already in the packed layout (e.g. from `terraform providers mirror`) without downloading them', async () => {
    const name = 'terraform-provider-null_3.2.0_windows_amd64.zip';
    const dir = path.join(root, 'providers', HOST, 'hashicorp', 'null');
    mkdirSync(dir, { recursive: true });
    const bytes = upstream.zipBytes('null', '3.2.0', 'windows', 'amd64');
    writeFileSync(path.join(dir, name), bytes);
    const r = await client.installProviderMirror(proxy.mirrorUrl!, HOST, 'hashicorp', 'null', { os: 'windows', arch: 'amd64' }, '3.2.0');
    assert.ok(!('notAvailable' in r));
    if ('notAvailable' in r) return;
    assert.deepEqual(r.hashes, [r.h1, r.zh], 'h1: computed for the pre-seeded zip');
    assert.equal(downloads.count(name), 0);
  });
});

function createHashHex(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}
