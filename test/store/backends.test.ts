/**
 * The three store backends against real servers on loopback (s3rver for S3, Azurite for
 * Azure Blob, a temp directory for file://): round trips with metadata, ranged reads,
 * multipart/block uploads, prefix listings, delete, create-if-absent (native where the
 * service enforces it, check-then-write on s3rver which ignores If-None-Match), corrupt
 * objects detected and replaced, and a store that is down never failing the caller.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openBackend, openStore, parseStoreUrl, type FleetStore, type ObjectStoreBackend } from '../../src/store/index.js';
import { MemoryLogger } from '../support/memoryLogger.js';
import { tempDir } from '../support/tmp.js';
import { startAzuriteStore, startS3rver, type AzuriteServer, type S3Server } from '../support/storeServers.js';

interface Target {
  name: string;
  url: () => string;
  env: () => NodeJS.ProcessEnv;
  conditional: 'native' | 'none';
}

let s3: S3Server;
let az: AzuriteServer;
let fileRoot: string;

before(async () => {
  [s3, az] = await Promise.all([startS3rver(), startAzuriteStore()]);
  fileRoot = tempDir('atmos-store-file-');
});
after(async () => {
  await Promise.all([s3?.close(), az?.close()]);
});

const targets: Target[] = [
  { name: 'file', url: () => `file://${fileRoot}/fleet`, env: () => ({}), conditional: 'native' },
  { name: 's3 (s3rver)', url: () => s3.url('fleet'), env: () => s3.env, conditional: 'none' },
  { name: 'azblob (Azurite)', url: () => az.url('fleet'), env: () => az.env, conditional: 'native' },
];

async function read(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

for (const t of targets) {
  describe(`store backend: ${t.name}`, () => {
    let store: FleetStore;
    let backend: ObjectStoreBackend;
    let logger: MemoryLogger;
    let run = 0;
    const k = (name: string) => `t${run}/${name}`;
    before(async () => {
      logger = new MemoryLogger();
      store = openStore(t.url(), { env: { ...t.env(), GITHUB_RUN_ID: '42', GITHUB_REPOSITORY: 'acme/infra' }, logger });
      backend = await openBackend(parseStoreUrl(t.url()), t.env());
      run = Date.now();
    });

    test('bytes round trip with sha256 and writer metadata; head; ranged read', async () => {
      const bytes = randomBytes(5000);
      assert.equal(await store.put(k('a/one.bin'), { bytes }), 'created');
      const got = await store.getBytes(k('a/one.bin'));
      assert.ok(got);
      assert.deepEqual(got.bytes, bytes);
      const head = await store.head(k('a/one.bin'));
      assert.equal(head?.size, 5000);
      assert.match(head?.metadata?.sha256 ?? '', /^[0-9a-f]{64}$/);
      assert.equal(head?.metadata?.writer_run, 'github:acme/infra/42/1');
      assert.ok(head?.metadata?.writer_host);
      const range = await store.getRange(k('a/one.bin'), 100, 199);
      assert.deepEqual(await read(range!), bytes.subarray(100, 200));
      assert.equal(await store.getBytes(k('a/missing.bin')), undefined);
    });

    test('file round trip, multipart/block sized, into a destination file', async () => {
      const dir = tempDir();
      const src = path.join(dir, 'big.bin');
      const bytes = randomBytes(17 * 1024 * 1024 + 123);
      await fs.writeFile(src, bytes);
      assert.equal(await store.put(k('big.bin'), { file: src }), 'created');
      const dest = path.join(dir, 'out', 'big.bin');
      const info = await store.fetchFile(k('big.bin'), dest);
      assert.equal(info?.size, bytes.length);
      assert.ok((await fs.readFile(dest)).equals(bytes));
      assert.deepEqual((await fs.readdir(path.join(dir, 'out'))).sort(), ['big.bin'], 'no temp file left beside it');
    });

    test('list by prefix, delete', async () => {
      for (const n of ['p/x1', 'p/x2', 'p/y1', 'q/x1']) await store.put(k(n), { bytes: Buffer.from(n) });
      const keys = (await store.list(k('p/x'))).map((o) => o.key).sort();
      assert.deepEqual(keys, [k('p/x1'), k('p/x2')]);
      assert.equal((await store.list(k('p/'))).length, 3);
      assert.equal(await store.delete(k('p/x1')), true);
      assert.equal(await store.delete(k('p/x1')), false);
      assert.deepEqual(
        (await store.list(k('p/x'))).map((o) => o.key),
        [k('p/x2')],
      );
    });

    test(`create-if-absent: the service's guarantee is "${t.conditional}"; the second writer gets "exists"`, async () => {
      assert.equal(await backend.conditionalWrites(), t.conditional);
      assert.equal(await store.put(k('once'), { bytes: Buffer.from('first') }, { ifAbsent: true }), 'created');
      assert.equal(await store.put(k('once'), { bytes: Buffer.from('second') }, { ifAbsent: true }), 'exists');
      assert.equal((await store.getBytes(k('once')))?.bytes.toString(), 'first');
    });

    if (t.conditional === 'native') {
      test('two concurrent creators: exactly one wins, the object is whole', async () => {
        for (let i = 0; i < 5; i++) {
          const results = await Promise.all(['A', 'B'].map((w) => backend.put(k(`race${i}`), { bytes: Buffer.alloc(200_000, w) }, { ifAbsent: true })));
          assert.deepEqual(results.sort(), ['created', 'exists']);
        }
      });
    }

    test('a corrupt object is reported, ignored and removed; a new put replaces it', async () => {
      // Written behind the layer's back with a hash that does not match its bytes.
      await backend.put(k('bad'), { bytes: Buffer.from('tampered') }, { metadata: { sha256: '0'.repeat(64) } });
      const dir = tempDir();
      assert.equal(await store.fetchFile(k('bad'), path.join(dir, 'bad')), undefined);
      assert.deepEqual(await fs.readdir(dir), []);
      assert.ok(store.corrupt.includes(k('bad')));
      assert.ok(logger.records.some((r) => r.level === 'warn' && /corrupt object .*bad/.test(r.message)));
      assert.equal(await backend.head(k('bad')), undefined, 'removed from the store');
      assert.equal(await store.put(k('bad'), { bytes: Buffer.from('good') }, { ifAbsent: true }), 'created');
      assert.equal((await store.getBytes(k('bad')))?.bytes.toString(), 'good');
      // An object without our metadata (someone else's) is not trusted either.
      await backend.put(k('foreign'), { bytes: Buffer.from('x') });
      assert.equal(await store.getBytes(k('foreign')), undefined);
    });

    test('a lease: one holder; released → free again', async () => {
      assert.equal(await store.acquireLease(k('lease'), 60_000), true);
      assert.equal(await store.acquireLease(k('lease'), 60_000), false);
      await store.releaseLease(k('lease'));
      assert.equal(await store.acquireLease(k('lease'), 60_000), true);
      // An expired lease (holder died) is taken over.
      assert.equal(await store.acquireLease(k('lease2'), -1), true);
      assert.equal(await store.acquireLease(k('lease2'), 60_000), true);
    });
  });
}

describe('file:// store: an object deleted while it is read', () => {
  test('a reader that has the header reads the whole body, and the store stays up', async () => {
    const root = tempDir('atmos-store-race-');
    const logger = new MemoryLogger();
    const store = openStore(`file://${root}`, { env: {}, logger });
    const body = randomBytes(300_000);
    assert.equal(await store.put('leases/x', { bytes: body }), 'created');
    const backend = await openBackend(parseStoreUrl(`file://${root}`), {});
    const got = await backend.get('leases/x');
    assert.ok(got);
    // The holder releases its lease between the waiter's header read and its body read.
    assert.equal(await backend.delete('leases/x'), true);
    const chunks: Buffer[] = [];
    for await (const c of got.body) chunks.push(c as Buffer);
    assert.deepEqual(Buffer.concat(chunks), body);
    // Through the FleetStore too: a released lease is "gone", never "store unavailable".
    assert.equal(await store.put('leases/y', { bytes: body }), 'created');
    const [read] = await Promise.all([store.getBytes('leases/y'), store.releaseLease('leases/y')]);
    assert.ok(read === undefined || read.bytes.equals(body));
    assert.equal(store.available, true, JSON.stringify(logger.records));
  });
});

describe('a store that is down', () => {
  test('unreachable S3 endpoint: every call answers "miss"/"failed", one warning', async () => {
    const logger = new MemoryLogger();
    const store = openStore('s3://fleet/x?endpoint=http://127.0.0.1:9', {
      env: { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' },
      logger,
    });
    assert.equal(await store.head('k'), undefined);
    assert.equal(await store.getBytes('k'), undefined);
    assert.equal(await store.put('k', { bytes: Buffer.from('x') }), 'failed');
    assert.deepEqual(await store.list(''), []);
    assert.equal(store.available, false);
    assert.equal(logger.records.filter((r) => r.level === 'warn').length, 1);
  });

  test('missing Azure credentials: a warning, not a failure', async () => {
    const logger = new MemoryLogger();
    const store = openStore('azblob://c/p', { env: {}, logger });
    assert.equal(await store.head('k'), undefined);
    assert.match(logger.records.find((r) => r.level === 'warn')?.message ?? '', /AZURE_STORAGE/);
  });

  test('a store that stops answering times out instead of hanging the job', async () => {
    const net = await import('node:net');
    const sockets: import('node:net').Socket[] = [];
    const silent = net.createServer((s) => sockets.push(s)).listen(0, '127.0.0.1');
    await new Promise((r) => silent.once('listening', r));
    const port = (silent.address() as import('node:net').AddressInfo).port;
    const logger = new MemoryLogger();
    const store = openStore(`s3://fleet/x?endpoint=http://127.0.0.1:${port}`, {
      env: { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' },
      logger,
      timeoutMs: 300,
    });
    assert.equal(await store.head('k'), undefined);
    assert.equal(store.available, false);
    assert.match(logger.records.find((r) => r.level === 'warn')?.message ?? '', /unavailable.*no answer/);
    for (const s of sockets) s.destroy();
    silent.close();
  });
});
