import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startMirrorServer } from '../../src/mirror/index.js';
import { TerraformClient } from '../support/terraformClient.js';
import { tempDir } from '../support/tmp.js';
import { NULL_PROVIDER, startRegistry } from '../support/mirrorSetup.js';

const HOST = 'registry.example.test';
const zipName = 'terraform-provider-null_3.2.4_linux_amd64.zip';

async function setup() {
  const upstream = await startRegistry(HOST, { providers: [NULL_PROVIDER] });
  const root = tempDir();
  const proxy = await startMirrorServer({ root, mode: 'registry', metadataTtlMs: 60_000, staleWhileRevalidateMs: 0, upstreams: { [HOST]: upstream.url } });
  after(async () => {
    await proxy.close();
    await upstream.close();
  });
  const dir = path.join(root, 'providers', HOST, 'hashicorp', 'null');
  const zipUrl = `${proxy.baseUrl}v1/providers/${HOST}/hashicorp/null/3.2.4/download/linux/amd64/${zipName}`;
  const temps = (): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.includes('.part-')) : []);
  return { upstream, proxy, dir, zipUrl, temps };
}

describe('fill lifecycle', () => {
  it('finishes a fill when the client that started it disconnects', async () => {
    const { upstream, dir, zipUrl, temps } = await setup();
    upstream.zipChunkDelayMs = 5;
    await new Promise<void>((resolve) => {
      const req = http.get(zipUrl, (res) => {
        res.once('data', () => {
          req.destroy(); // the client goes away mid-download
          resolve();
        });
      });
      req.on('error', () => resolve());
    });
    for (let i = 0; i < 500 && !existsSync(path.join(dir, zipName)); i++) await sleep(10);
    assert.deepEqual(readFileSync(path.join(dir, zipName)), upstream.zipBytes('null', '3.2.4', 'linux', 'amd64'));
    assert.deepEqual(temps(), []);
    assert.equal(upstream.count(`/${zipName}`), 1);
  });

  it('close() abandons in-flight fills without leaving temp files and stops answering', async () => {
    const { upstream, proxy, dir, zipUrl, temps } = await setup();
    upstream.zipChunkDelayMs = 100;
    const client = new TerraformClient();
    after(() => client.close());
    const pending = client.get(zipUrl).catch((err: unknown) => err);
    for (let i = 0; i < 500 && temps().length === 0; i++) await sleep(10);
    assert.equal(temps().length, 1, `fill under way: ${existsSync(dir) ? readdirSync(dir).join(',') : 'no dir'}`);
    await proxy.close();
    assert.deepEqual(temps(), []);
    assert.ok(!existsSync(path.join(dir, zipName)));
    const res = await pending;
    assert.ok(res instanceof Error || (res as { status: number }).status >= 500, String((res as { status?: number }).status ?? res));
    await assert.rejects(client.get(zipUrl));
  });
});
