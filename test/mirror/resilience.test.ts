import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startMirrorServer } from '../../src/mirror/index.js';
import { TerraformClient } from '../support/terraformClient.js';
import type { FakeProvider } from '../support/terraformRegistry.js';
import { removeTempDir, unmanagedTempDir } from '../support/tmp.js';
import { PLATFORMS, startRegistry } from '../support/mirrorSetup.js';

const HOST = 'registry.example.test';

function provider(): FakeProvider {
  return { ns: 'hashicorp', type: 'null', versions: [{ version: '3.2.0', platforms: PLATFORMS }] };
}

async function setup(options: { ttlMs: number; swrMs: number }) {
  const p = provider();
  const upstream = await startRegistry(HOST, { providers: [p] });
  // Removed only after the proxy closed: a background refresh may still be writing into it.
  const root = unmanagedTempDir();
  const proxy = await startMirrorServer({
    root,
    mode: 'registry',
    metadataTtlMs: options.ttlMs,
    staleWhileRevalidateMs: options.swrMs,
    upstreams: { [HOST]: upstream.url },
  });
  const client = new TerraformClient();
  const versionsUrl = `${proxy.baseUrl}v1/providers/${HOST}/hashicorp/null/versions`;
  const versionsOf = async (): Promise<string[]> => (await client.json<{ versions: { version: string }[] }>(versionsUrl)).versions.map((v) => v.version);
  after(async () => {
    await client.close();
    await proxy.close();
    await upstream.close().catch(() => {});
    removeTempDir(root);
  });
  return { p, upstream, proxy, client, versionsUrl, versionsOf, root };
}

describe('freshness and upstream failures', () => {
  it('serves stale metadata of any age when the upstream answers 5xx, resets or refuses, and reports it', async () => {
    const { upstream, proxy, client, versionsUrl, versionsOf } = await setup({ ttlMs: 1, swrMs: 0 });
    assert.deepEqual(await versionsOf(), ['3.2.0']);
    await sleep(5); // past the 1 ms TTL: every further request must go upstream first
    upstream.outage = '5xx';
    assert.deepEqual(await versionsOf(), ['3.2.0']);
    upstream.outage = 'reset';
    assert.deepEqual(await versionsOf(), ['3.2.0']);
    await upstream.close();
    const res = await client.get(versionsUrl);
    assert.equal(res.status, 200);
    const report = proxy.report();
    assert.equal(report.staleServes, 6, 'versions and the discovery document, three times each');
    assert.ok(report.upstreamErrors >= 3);
    assert.ok(report.warnings.some((w) => w.includes('served stale') && w.includes('versions')));
  });

  it('answers 502 naming the failed upstream when nothing is cached', async () => {
    const { upstream, proxy, client } = await setup({ ttlMs: 60_000, swrMs: 0 });
    upstream.outage = '5xx';
    const res = await client.get(`${proxy.baseUrl}v1/providers/${HOST}/hashicorp/null/versions`);
    assert.equal(res.status, 502);
    assert.match(res.body.toString(), new RegExp(`upstream ${upstream.url.replace(/[.:/]/g, '\\$&')}/[^ ]* failed: HTTP 503`));
  });

  it('serves stale-while-revalidate metadata at once and refreshes it in the background', async () => {
    const { p, upstream, versionsOf } = await setup({ ttlMs: 1, swrMs: 3_600_000 });
    assert.deepEqual(await versionsOf(), ['3.2.0']);
    p.versions.push({ version: '3.3.0', platforms: PLATFORMS });
    await sleep(5);
    const before = upstream.count('/versions');
    // Served from cache immediately: the old list.
    assert.deepEqual(await versionsOf(), ['3.2.0']);
    // …while the background refresh fetches the new one.
    for (let i = 0; i < 200 && upstream.count('/versions') === before; i++) await sleep(10);
    assert.equal(upstream.count('/versions'), before + 1);
    let latest: string[] = [];
    for (let i = 0; i < 200; i++) {
      latest = await versionsOf();
      if (latest.length === 2) break;
      await sleep(10);
    }
    assert.deepEqual(latest, ['3.2.0', '3.3.0']);
  });

  it('rejects a corrupt upstream zip and does not cache it', async () => {
    const { upstream, proxy, client, root } = await setup({ ttlMs: 60_000, swrMs: 0 });
    upstream.corruptZips.add('null_3.2.0_linux_amd64');
    const zipUrl = `${proxy.baseUrl}v1/providers/${HOST}/hashicorp/null/3.2.0/download/linux/amd64/terraform-provider-null_3.2.0_linux_amd64.zip`;
    const bad = await client.get(zipUrl);
    assert.equal(bad.status, 502);
    assert.match(bad.body.toString(), /does not match the registry shasum/);
    const dir = path.join(root, 'providers', HOST, 'hashicorp', 'null');
    assert.ok(!existsSync(path.join(dir, 'terraform-provider-null_3.2.0_linux_amd64.zip')));
    assert.deepEqual(existsSync(dir) ? readdirSync(dir).filter((f) => f.includes('.part-') || f.endsWith('.lock')) : [], []);
    // Once upstream serves the right bytes the same URL works.
    upstream.corruptZips.clear();
    const good = await client.get(zipUrl);
    assert.equal(good.status, 200);
    assert.deepEqual(good.body, upstream.zipBytes('null', '3.2.0', 'linux', 'amd64'));
  });
});
