import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startMirrorServer } from '../../src/mirror/index.js';
import { TerraformClient } from '../support/terraformClient.js';
import { tempDir } from '../support/tmp.js';
import { NULL_PROVIDER, startRegistry } from '../support/mirrorSetup.js';

const HOST = 'registry.example.test';
const script = path.resolve(import.meta.dirname, '..', 'support', 'mirrorServerProcess.ts');

interface Child {
  proc: ChildProcess;
  baseUrl: string;
}

const children: ChildProcess[] = [];
after(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function startChild(options: Record<string, unknown>): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
  });
  children.push(proc);
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve({ proc, baseUrl: (JSON.parse(out.slice(0, nl)) as { baseUrl: string }).baseUrl });
    });
    proc.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
  });
}

const zipName = 'terraform-provider-null_3.2.4_linux_amd64.zip';
const zipPath = (base: string): string => `${base}v1/providers/${HOST}/hashicorp/null/3.2.4/download/linux/amd64/${zipName}`;

describe('cross-process cache sharing', () => {
  it('200 concurrent requests for one cold zip across 4 server processes make exactly 1 upstream download', async () => {
    const upstream = await startRegistry(HOST, { providers: [NULL_PROVIDER] });
    after(() => upstream.close());
    upstream.zipChunkDelayMs = 10; // keep the fill open long enough for every request to pile up
    const root = tempDir();
    const opts = { root, mode: 'registry', metadataTtlMs: 60_000, staleWhileRevalidateMs: 0, upstreams: { [HOST]: upstream.url } };
    const procs = await Promise.all([0, 1, 2, 3].map(() => startChild(opts)));
    const client = new TerraformClient();
    after(() => client.close());
    const expected = upstream.zipBytes('null', '3.2.4', 'linux', 'amd64');
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => client.get(zipPath(procs[i % 4].baseUrl))));
    for (const r of results) {
      assert.equal(r.status, 200);
      assert.deepEqual(r.body, expected);
    }
    assert.equal(upstream.count(`/${zipName}`), 1);
    const dir = path.join(root, 'providers', HOST, 'hashicorp', 'null');
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.includes('.part-') || f.endsWith('.lock')),
      [],
    );
    for (const p of procs) p.proc.kill('SIGTERM');
  });

  it('after kill -9 of the server mid-fill a restarted server never serves the partial file', async () => {
    const upstream = await startRegistry(HOST, { providers: [NULL_PROVIDER] });
    after(() => upstream.close());
    upstream.zipChunkDelayMs = 100; // ~2 s for the whole zip
    const root = tempDir();
    const opts = { root, mode: 'registry', metadataTtlMs: 60_000, staleWhileRevalidateMs: 0, upstreams: { [HOST]: upstream.url }, lockStaleMs: 2000 };
    const first = await startChild(opts);
    const client = new TerraformClient();
    after(() => client.close());
    const pending = client.get(zipPath(first.baseUrl)).catch((err: unknown) => err);
    const dir = path.join(root, 'providers', HOST, 'hashicorp', 'null');
    // Wait until the fill is under way: the temp file exists and has bytes in it.
    const partial = (): string | undefined => (existsSync(dir) ? readdirSync(dir).find((f) => f.includes('.part-')) : undefined);
    for (let i = 0; i < 500 && !(partial() && readFileSync(path.join(dir, partial()!)).length > 0); i++) await sleep(10);
    assert.ok(partial(), 'fill started');
    first.proc.kill('SIGKILL');
    await pending;
    assert.ok(!existsSync(path.join(dir, zipName)), 'nothing committed by the killed process');

    upstream.zipChunkDelayMs = 0;
    const second = await startMirrorServer({ ...opts, mode: 'registry' });
    after(() => second.close());
    const res = await client.get(zipPath(second.baseUrl));
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, upstream.zipBytes('null', '3.2.4', 'linux', 'amd64'));
    assert.deepEqual(readFileSync(path.join(dir, zipName)), res.body);
    assert.equal(partial(), undefined, "the dead process's temp file was cleaned up");
  });
});
