import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { MemoryLogger } from '../support/memoryLogger.js';
import { Upstream } from '../../src/mirror/upstream.js';
import { tempDir } from '../support/tmp.js';

// A download host whose next `cut` answers announce the full length but stop half-way.
const body = Buffer.from('provider zip bytes '.repeat(200));
let cut = 0;
const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(body.length) });
  if (cut > 0) {
    cut--;
    res.write(body.subarray(0, body.length / 2));
    setImmediate(() => res.socket?.destroy());
    return;
  }
  res.end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
after(() => new Promise<void>((r) => server.close(() => r())));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/terraform-provider-x_1.0.0_linux_amd64.zip`;
const upstream = new Upstream({ logger: new MemoryLogger('debug'), env: { ATMOS_HTTP_RETRY_MIN_MS: '5' }, http: { retryBudgetMs: 2_000 } });
const sha = createHash('sha256').update(body).digest('hex');

describe('registry cache upstream downloads', () => {
  it('retries a body cut short and keeps the whole file with its sha256', async () => {
    const dest = path.join(tempDir(), 'x.zip');
    cut = 1;
    const got = await upstream.download(url, dest, { expectedSha256: sha });
    assert.deepEqual(got, { size: body.length, sha256: sha });
    assert.deepEqual(readFileSync(dest), body);
  });

  it('fails with an upstream error when every answer is cut short', async () => {
    cut = Number.MAX_SAFE_INTEGER;
    await assert.rejects(upstream.download(url, path.join(tempDir(), 'y.zip')), (err: Error & { code?: string }) => {
      assert.match(err.code ?? '', /^UPSTREAM_/);
      return true;
    });
    cut = 0;
  });
});
