import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { startHarness } from '../support/toolchainHarness.js';
import { ghCli, helm, opentofu, terraform } from '../support/realTools.js';

const h = await startHarness();
await terraform.publish(h.up, '1.0.0');
await opentofu.publish(h.up, '1.0.0');
await helm.publish(h.up, '1.0.0');
await ghCli.publish(h.up, '1.0.0');
for (const f of [terraform, opentofu, helm]) await f.publish(h.up, '2.0.0');
const child = path.resolve(import.meta.dirname, '../support/installChild.ts');
// The default 15 s staleness window throughout: a dead installer's lock must not need it.
const env = { ...process.env, ...h.env, CHILD_CWD: h.dir };

function startChild(tool: string, version: string): { proc: ChildProcess; done: Promise<{ code: number | null; signal: string | null; out: string }> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', child], {
    env: { ...env, CHILD_TOOL: tool, CHILD_VERSION: version },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const done = new Promise<{ code: number | null; signal: string | null; out: string }>((resolve) =>
    proc.on('close', (code, signal) => resolve({ code, signal, out })),
  );
  return { proc, done };
}

async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 20));
}

describe('cross-process installs', () => {
  it('two processes installing the same tool at once download it once', async () => {
    const asset = '/opentofu/opentofu/releases/download/v1.0.0/tofu_1.0.0_linux_amd64.tar.gz';
    h.up.slow(asset, { chunk: 16, delayMs: 40 });
    const a = startChild('tofu', '1.0.0');
    const b = startChild('tofu', '1.0.0');
    const [ra, rb] = await Promise.all([a.done, b.done]);
    h.up.clearFaults();
    assert.equal(ra.code, 0, ra.out);
    assert.equal(rb.code, 0, rb.out);
    const results = [JSON.parse(ra.out), JSON.parse(rb.out)].map((r) => r.status).sort();
    assert.deepEqual(results, ['already-installed', 'installed']);
    assert.equal(h.up.count(asset), 1);
    const tc = await h.toolchain();
    assert.ok(existsSync(await tc.binaryFor({ tool: 'tofu', version: '1.0.0' })));
  });

  it('kill -9 during an install leaves no half-installed version, and the next install takes its lock over at once', async (t) => {
    const asset = '/cli/cli/releases/download/v1.0.0/gh_1.0.0_linux_amd64.tar.gz';
    h.up.slow(asset, { chunk: 8, delayMs: 200 });
    const c = startChild('gh', '1.0.0');
    await until(() => h.up.count(asset) > 0);
    c.proc.kill('SIGKILL');
    const r = await c.done;
    h.up.clearFaults();
    assert.equal(r.signal, 'SIGKILL');
    const tc = await h.toolchain();
    const binDir = path.join(tc.installRoot, 'bin/cli/cli/1.0.0');
    assert.ok(existsSync(`${binDir}.lock`), 'the killed installer held the version lock');
    assert.ok(!existsSync(binDir), 'no half-installed version directory');
    await assert.rejects(tc.binaryFor({ tool: 'gh', version: '1.0.0' }), { code: 'TOOL_NOT_INSTALLED' });

    // The lock names a dead process on this host: taken over at once, not after 15 s.
    const start = Date.now();
    const [o] = await tc.install([{ tool: 'gh', version: '1.0.0' }]);
    const took = Date.now() - start;
    assert.equal(o.status, 'installed', o.error?.message);
    t.diagnostic(`next install after the kill: ${took} ms`);
    assert.ok(took < 3000, `the next install took ${took} ms`);
    assert.ok(existsSync(path.join(binDir, 'gh')));
    // The killed process's partial download and staging dirs were cleaned up.
    const dl = path.join(tc.installRoot, 'downloads/cli/cli/1.0.0/linux_amd64');
    assert.deepEqual(existsSync(dl) ? readdirSync(dl) : [], []);
    assert.deepEqual(readdirSync(path.join(tc.installRoot, 'tmp')), []);
  });

  it('installs several tools in parallel in one process, never more at once than max_concurrency', { timeout: 20_000 }, async () => {
    const tc = await h.toolchain();
    const assets = [
      '/hashicorp/terraform/2.0.0/terraform_2.0.0_linux_amd64.zip',
      '/helm/helm-v2.0.0-linux-amd64.tar.gz',
      '/opentofu/opentofu/releases/download/v2.0.0/tofu_2.0.0_linux_amd64.tar.gz',
    ];
    // The first two downloads wait for each other (so a serial installer would hang here
    // and time out), then trickle, so a third started beside them would be seen overlapping.
    h.up.resetCounts();
    h.up.gate(assets, 2);
    for (const p of assets) h.up.slow(p, { chunk: 64, delayMs: 10 });
    const outcomes = await tc.install(
      ['terraform', 'helm', 'tofu'].map((tool) => ({ tool, version: '2.0.0' })),
      { maxConcurrency: 2 },
    );
    h.up.clearFaults();
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['installed', 'installed', 'installed'],
    );
    assert.equal(h.up.peakInFlight(assets), 2, 'two downloads at once: in parallel, and not above the limit of 2');
  });
});
