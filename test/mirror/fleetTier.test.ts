/**
 * The registry cache's fleet tier (`components.terraform.cache.store`): several proxies with
 * separate cache roots and one object store (Azurite, and a file:// store) in front of one
 * upstream. Each artifact (zip, SHA256SUMS, .sig) is downloaded from upstream once in total,
 * whatever the number of proxies asking at the same moment; metadata travels with its fetch
 * time; with upstream down a proxy on an empty disk still installs from the store; a store
 * that is down changes nothing but a warning.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startMirrorServer, type MirrorServer } from '../../src/mirror/index.js';
import { looksCredentialBearing } from '../../src/mirror/sharedTier.js';
import { TerraformClient } from '../support/terraformClient.js';
import type { FakeRegistry } from '../support/terraformRegistry.js';
import { startAzuriteStore, type AzuriteServer } from '../support/storeServers.js';
import { MemoryLogger } from '../support/memoryLogger.js';
import { removeTempDir, tempDir, unmanagedTempDir } from '../support/tmp.js';
import { NULL_PROVIDER, startRegistry } from '../support/mirrorSetup.js';

const HOST = 'registry.example.test';
const linux = { os: 'linux', arch: 'amd64' };

let az: AzuriteServer;
before(async () => {
  az = await startAzuriteStore();
});
after(async () => {
  await az?.close();
});

async function proxies(n: number, upstream: FakeRegistry, store: string, env: NodeJS.ProcessEnv, logger = new MemoryLogger()): Promise<MirrorServer[]> {
  const out: MirrorServer[] = [];
  for (let i = 0; i < n; i++) {
    const root = unmanagedTempDir();
    const proxy = await startMirrorServer({
      root,
      mode: 'registry',
      metadataTtlMs: 60_000,
      staleWhileRevalidateMs: 60_000,
      hosts: [HOST],
      upstreams: { [HOST]: upstream.url },
      store,
      env,
      logger,
    });
    after(async () => {
      await proxy.close();
      removeTempDir(root);
    });
    out.push(proxy);
  }
  return out;
}

const stores = [
  { name: 'Azurite', url: () => az.url(`reg-${Date.now()}`), env: () => az.env as NodeJS.ProcessEnv },
  { name: 'file://', url: () => `file://${tempDir()}/fleet`, env: () => ({}) as NodeJS.ProcessEnv },
];

for (const s of stores) {
  describe(`registry cache fleet tier on ${s.name}`, () => {
    it('4 proxies at once: every artifact comes from upstream once; then upstream down, a new proxy installs from the store', async () => {
      const upstream = await startRegistry(HOST, { providers: [NULL_PROVIDER] });
      after(() => upstream.close().catch(() => {}));
      const url = s.url();
      const fleet = await proxies(4, upstream, url, s.env());
      const client = new TerraformClient();
      after(() => client.close());
      const results = await Promise.all(
        fleet.map(async (p) => client.installProviderRegistry((await p.hostServices(HOST))['providers.v1'], 'hashicorp', 'null', linux, '3.2.4')),
      );
      for (const r of results) {
        assert.ok(r.signatureValid);
        assert.deepEqual(r.zip, upstream.zipBytes('null', '3.2.4', 'linux', 'amd64'));
      }
      assert.equal(upstream.count('_linux_amd64.zip'), 1, 'the zip once in total');
      assert.equal(upstream.count('_SHA256SUMS', 'GET') - upstream.count('_SHA256SUMS.sig'), 1, 'SHA256SUMS once');
      assert.equal(upstream.count('_SHA256SUMS.sig'), 1, 'the signature once');

      upstream.outage = '5xx';
      const [late] = await proxies(1, upstream, url, s.env());
      const before = upstream.requests.length;
      const r = await client.installProviderRegistry((await late.hostServices(HOST))['providers.v1'], 'hashicorp', 'null', linux, '3.2.4');
      assert.ok(r.signatureValid);
      assert.deepEqual(r.zip, upstream.zipBytes('null', '3.2.4', 'linux', 'amd64'));
      assert.equal(upstream.requests.length, before, 'fresh shared metadata: upstream not even asked');
    });
  });
}

describe('registry cache fleet tier, failure modes', () => {
  it('a store that is down: installs from upstream, one warning', async () => {
    const upstream = await startRegistry(HOST, { providers: [NULL_PROVIDER] });
    after(() => upstream.close().catch(() => {}));
    const logger = new MemoryLogger();
    const [p] = await proxies(1, upstream, 's3://fleet/reg?endpoint=http://127.0.0.1:9', { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' }, logger);
    const client = new TerraformClient();
    after(() => client.close());
    const r = await client.installProviderRegistry((await p.hostServices(HOST))['providers.v1'], 'hashicorp', 'null', linux, '3.2.4');
    assert.ok(r.signatureValid);
    assert.equal(logger.records.filter((x) => x.level === 'warn' && /fleet store .* unavailable/.test(x.message)).length, 1);
  });

  it('metadata with credential-like URLs is never shared', () => {
    assert.ok(looksCredentialBearing('{"url":"https://b.s3.amazonaws.com/x.zip?X-Amz-Signature=abc"}'));
    assert.ok(looksCredentialBearing('git::https://user:token@github.com/acme/mod.git'));
    assert.ok(looksCredentialBearing('https://acct.blob.core.windows.net/c/x.tgz?sv=2020&sig=abc'));
    assert.ok(!looksCredentialBearing('{"versions":[{"version":"3.2.4"}]}'));
    assert.ok(!looksCredentialBearing(path.join('https://github.com', 'hashicorp/terraform-provider-null/releases/download/v3.2.4/x.zip')));
  });
});
