import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startGithubUpstream } from '../support/githubUpstream.js';
import { FakeRegistry } from '../support/terraformRegistry.js';
import { UpstreamConditions } from '../support/upstreamConditions.js';
import { signingKey, startRegistry } from '../support/mirrorSetup.js';

/**
 * The internet-like conditions the job benchmark puts on the fakes: off unless passed, time
 * to first byte by request kind, per-connection bandwidth, seeded random failures, outage
 * windows, byte counts. Only lower bounds of elapsed time are asserted (a delay the model
 * adds can never be shorter); nothing here measures speed.
 */
const MB = 1_000_000;

async function fetchOutcome(url: string): Promise<string> {
  try {
    const res = await fetch(url);
    await res.arrayBuffer();
    return String(res.status);
  } catch {
    return 'reset';
  }
}

describe('upstream conditions on the fake GitHub', () => {
  it('without conditions the fake answers at once and counts nothing', async () => {
    const up = await startGithubUpstream();
    after(() => up.close());
    up.addFile('/f', 'x');
    assert.equal(await fetchOutcome(`${up.downloadUrl}/f`), '200');
  });

  it('delays the first byte by the kind of request and paces bodies to the bandwidth', async () => {
    const conditions = new UpstreamConditions({ apiLatencyMs: 150, downloadLatencyMs: 60, bytesPerSecond: 10 * MB });
    const up = await startGithubUpstream({ conditions });
    after(() => up.close());
    up.addRelease('acme', 'tool', 'v1', {});
    up.addFile('/big', Buffer.alloc(2 * MB, 1));

    let t = performance.now();
    const api = await fetch(`${up.apiUrl}/repos/acme/tool/releases`);
    await api.arrayBuffer();
    assert.ok(performance.now() - t >= 145, 'API calls wait the API latency');

    t = performance.now();
    const body = Buffer.from(await (await fetch(`${up.downloadUrl}/big`)).arrayBuffer());
    const elapsed = performance.now() - t;
    assert.equal(body.length, 2 * MB, 'the whole body arrives');
    // 60 ms to first byte + 2 MB at 10 MB/s = 260 ms; the pacer sends its first slice at once
    // (seen: 249 ms), so allow one ~100 KB burst. Without pacing the 2 MB arrive in a few ms.
    assert.ok(elapsed >= 220, `download took ${elapsed.toFixed(0)} ms, less than latency + size / bandwidth`);
    assert.equal(conditions.stats.requests, 2);
    assert.ok(conditions.stats.bytes >= 2 * MB && conditions.stats.bytes < 2 * MB + 10_000, `body bytes counted: ${conditions.stats.bytes}`);
  });

  it('fails the scheduled share of requests, reproducibly for a seed, with 502s and resets', async () => {
    const pattern = async (seed: number) => {
      const conditions = new UpstreamConditions();
      const up = await startGithubUpstream({ conditions });
      up.addFile('/f', 'x');
      conditions.faults = { failureRate: 0.5, seed };
      const outcomes: string[] = [];
      for (let i = 0; i < 40; i++) outcomes.push(await fetchOutcome(`${up.downloadUrl}/f`));
      await up.close();
      return { outcomes, failures: conditions.stats.failures };
    };
    const a = await pattern(7);
    const b = await pattern(7);
    assert.deepEqual(a.outcomes, b.outcomes, 'the same seed fails the same requests');
    assert.equal(a.failures, a.outcomes.filter((o) => o !== '200').length);
    assert.ok(a.outcomes.includes('502') && a.outcomes.includes('reset') && a.outcomes.includes('200'), a.outcomes.join(','));
    assert.notDeepEqual((await pattern(8)).outcomes, a.outcomes, 'another seed, another pattern');
  });

  it('refuses every request during an outage window, and none once it is cleared; disabled conditions do nothing', async () => {
    const conditions = new UpstreamConditions({ apiLatencyMs: 5 });
    const up = await startGithubUpstream({ conditions });
    after(() => up.close());
    up.addFile('/f', 'x');
    conditions.outage(Date.now() - 1, 60_000);
    assert.deepEqual([await fetchOutcome(`${up.downloadUrl}/f`), await fetchOutcome(`${up.apiUrl}/repos/a/b/releases`)], ['503', '503']);
    assert.equal(conditions.stats.outageRefusals, 2);
    conditions.enabled = false;
    assert.equal(await fetchOutcome(`${up.downloadUrl}/f`), '200', 'disabled: straight to the fake');
    conditions.enabled = true;
    conditions.clearFaults();
    assert.equal(await fetchOutcome(`${up.downloadUrl}/f`), '200');
  });
});

describe('upstream conditions on the fake registry', () => {
  it('applies to registry calls and provider downloads; providers can have a real size', async () => {
    const conditions = new UpstreamConditions({ apiLatencyMs: 100, downloadLatencyMs: 10 });
    const reg = await new FakeRegistry('registry.terraform.io', {
      signingKey: await signingKey(),
      conditions,
      providers: [{ ns: 'hashicorp', type: 'aws', versions: [{ version: '5.0.0', platforms: [{ os: 'linux', arch: 'amd64' }] }], binaryBytes: MB }],
    }).start();
    after(() => reg.close());
    const t = performance.now();
    const meta = (await (await fetch(`${reg.url}/v1/providers/hashicorp/aws/5.0.0/download/linux/amd64`)).json()) as { download_url: string };
    assert.ok(performance.now() - t >= 95, 'registry metadata waits the API latency');
    const zip = Buffer.from(await (await fetch(new URL(meta.download_url, reg.url))).arrayBuffer());
    assert.ok(zip.length > MB, `the zip holds the ${MB}-byte binary (${zip.length})`);
    assert.equal(conditions.stats.requests, 2);
    conditions.outage(Date.now() - 1, 60_000);
    assert.equal(await fetchOutcome(`${reg.url}/.well-known/terraform.json`), '503');
  });

  it('a registry without conditions is unchanged (the tests default)', async () => {
    const reg = await startRegistry('registry.terraform.io');
    after(() => reg.close());
    assert.equal(await fetchOutcome(`${reg.url}/.well-known/terraform.json`), '200');
  });
});
