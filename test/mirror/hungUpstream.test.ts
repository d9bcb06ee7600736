import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startMirrorServer } from '../../src/mirror/index.js';
import { startMirrorSession } from '../../src/mirror/session.js';
import { TerraformClient } from '../support/terraformClient.js';
import { closedPort } from '../support/net.js';
import { removeTempDir, tempDir, unmanagedTempDir } from '../support/tmp.js';
import { NULL_PROVIDER, startRegistry } from '../support/mirrorSetup.js';

const HOST = 'registry.example.test';
const ZIP = 'terraform-provider-null_3.2.4_linux_amd64.zip';

/** Short bounds set by the test; the defaults (8 s metadata deadline, 20 s / 20 s / 20 s) are documented. */
const META_DEADLINE_MS = 600;
const HTTP = { headersTimeoutMs: 300, bodyTimeoutMs: 300, retryBudgetMs: 2000 };

async function setup(ttlMs: number) {
  const upstream = await startRegistry(HOST, { providers: [NULL_PROVIDER] });
  const root = unmanagedTempDir();
  const proxy = await startMirrorServer({
    root,
    mode: 'registry',
    metadataTtlMs: ttlMs,
    staleWhileRevalidateMs: 0,
    upstreams: { [HOST]: upstream.url },
    metaDeadlineMs: META_DEADLINE_MS,
    http: HTTP,
  });
  const client = new TerraformClient();
  after(async () => {
    await client.close();
    await upstream.close();
    await proxy.close();
    removeTempDir(root);
  });
  const base = `${proxy.baseUrl}v1/providers/${HOST}/hashicorp/null/`;
  const timed = async (url: string) => {
    const t0 = Date.now();
    const res = await client.get(url);
    return { ...res, ms: Date.now() - t0 };
  };
  return { upstream, proxy, client, base, timed };
}

describe('a hung upstream (accepts, never answers)', () => {
  it('metadata with nothing cached: the client gets a 504 it retries, within the deadline', { timeout: 20_000 }, async () => {
    const { upstream, base, timed } = await setup(60_000);
    upstream.outage = 'hang';
    const res = await timed(`${base}versions`);
    assert.equal(res.status, 504);
    // Either the deadline or the attempt's headers wait (half the deadline, no time left for a backoff) ends it.
    assert.match(res.body.toString(), /no answer within 0\.6 s|no response headers in time/);
    // Generous bound (the old proxy waited 2 × 4 s and more for a trickling body).
    assert.ok(res.ms < 4000, `took ${res.ms} ms`);
  });

  it('expired metadata with a cached copy: the stale copy is served within the deadline', { timeout: 20_000 }, async () => {
    const { upstream, proxy, base, timed } = await setup(1);
    const fresh = await timed(`${base}versions`);
    assert.equal(fresh.status, 200);
    await sleep(5); // past the 1 ms TTL
    upstream.outage = 'hang';
    const stale = await timed(`${base}versions`);
    assert.equal(stale.status, 200);
    assert.deepEqual(stale.body, fresh.body);
    assert.ok(stale.ms < 4000, `took ${stale.ms} ms`);
    assert.ok(proxy.report().staleServes >= 1);
  });

  it('a provider zip: answered 504 within the time-to-first-byte bound + retry budget', { timeout: 20_000 }, async () => {
    const { upstream, base, timed } = await setup(60_000);
    assert.equal((await timed(`${base}3.2.4/download/linux/amd64`)).status, 200);
    upstream.outage = 'hang-files';
    const res = await timed(`${base}3.2.4/download/linux/amd64/${ZIP}`);
    assert.equal(res.status, 504);
    assert.match(res.body.toString(), /no response headers in time/);
    assert.ok(res.ms < 5000, `took ${res.ms} ms`);
    assert.ok(upstream.count(ZIP) >= 2, 'retried within the budget');
  });
});

describe('upstream lookups only when a request needs them', () => {
  it('an offline start makes no upstream request and records no upstream error', { timeout: 20_000 }, async () => {
    // registry.opentofu.org: a closed loopback port (unreachable); registry.terraform.io: a recording fake.
    const port = await closedPort();
    const tf = await startRegistry('registry.terraform.io', { providers: [NULL_PROVIDER] });
    const root = unmanagedTempDir();
    const session = await startMirrorSession({
      settings: {
        root,
        mode: 'registry',
        port: 0,
        metadataTtlMs: 60_000,
        staleWhileRevalidateMs: 0,
        hosts: [],
        upstreams: { 'registry.opentofu.org': `http://127.0.0.1:${port}`, 'registry.terraform.io': tf.url },
      },
      env: {},
      home: tempDir(),
    });
    const client = new TerraformClient();
    try {
      assert.equal(tf.requests.length, 0, 'no discovery request at start-up');
      assert.equal(session.server.report().upstreamErrors, 0);
      assert.deepEqual(session.server.report().warnings, []);
      // Both host blocks are there anyway, pointing at the proxy.
      const { readFileSync } = await import('node:fs');
      const rc = readFileSync(session.cliConfigFile, 'utf8');
      assert.match(rc, /host "registry\.opentofu\.org"/);
      assert.match(rc, /host "registry\.terraform\.io"/);

      // A request that needs the unreachable host fails fast (refused loopback: no retry)…
      const t0 = Date.now();
      const res = await client.get(`${session.server.baseUrl}v1/providers/registry.opentofu.org/hashicorp/null/versions`);
      assert.equal(res.status, 502);
      assert.match(res.body.toString(), new RegExp(`cannot reach 127\\.0\\.0\\.1:${port}: connection refused`));
      assert.ok(Date.now() - t0 < 5000);
      assert.equal(session.server.report().upstreamErrors, 1);
      // …and one that needs the reachable host looks it up then.
      const ok = await client.get(`${session.server.baseUrl}v1/providers/registry.terraform.io/hashicorp/null/versions`);
      assert.equal(ok.status, 200);
      assert.equal(tf.count('/.well-known/terraform.json'), 1);
    } finally {
      await client.close();
      await session.close();
      await tf.close();
      removeTempDir(root);
    }
  });
});
