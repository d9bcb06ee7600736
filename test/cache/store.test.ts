/**
 * The CI cache on an object store (`ci.cache.backend: s3|azblob`, `ci.cache.store`), through
 * the CLI against s3rver and Azurite on loopback: round trip with file modes and no secrets,
 * prefix restore newest first, write-once under two concurrent savers (Azurite enforces
 * If-None-Match; s3rver does not, so there the second saver is caught by the check first),
 * list / delete / prune, and a store that is down never failing the job.
 */
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { StoreCacheBackend } from '../../src/cache/index.js';
import { openStore } from '../../src/store/index.js';
import { MemoryLogger } from '../support/memoryLogger.js';
import { tempDir } from '../support/tmp.js';
import { startAzuriteStore, startS3rver, type AzuriteServer, type S3Server } from '../support/storeServers.js';
import { KEPT_FILES, makeCacheRoot, makeRepo, runCli, SECRET_PATHS } from '../support/cacheCli.js';

const noCi = { GITHUB_ACTIONS: undefined, CI: undefined, ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined };

let s3: S3Server;
let az: AzuriteServer;
before(async () => {
  [s3, az] = await Promise.all([startS3rver(), startAzuriteStore()]);
});
after(async () => {
  await Promise.all([s3?.close(), az?.close()]);
});

const targets = [
  { backend: 's3', url: (p: string) => s3.url(p), env: () => s3.env, native: false },
  { backend: 'azblob', url: (p: string) => az.url(p), env: () => az.env, native: true },
] as const;

for (const t of targets) {
  describe(`ci cache with backend: ${t.backend}`, () => {
    let n = 0;
    const setup = () => {
      const work = tempDir();
      const url = t.url(`ci-${Date.now()}-${n++}`);
      const repo = makeRepo(path.join(work, 'repo'), `enabled: true\nbackend: ${t.backend}\nstore: ${url}`);
      const cfg = ['--config', path.join(repo, 'atmos.yaml'), 'ci', 'cache'];
      const env = { ...noCi, ...t.env() };
      return { work, url, cfg, env };
    };

    it('round trip keeps file modes, holds no secret; an exact hit is not saved again', async () => {
      const { work, cfg, env } = setup();
      const a = path.join(work, 'root-a');
      makeCacheRoot(a);
      const saved = await runCli([...cfg, 'save', '--root', a, '--key', 'k-1'], env);
      assert.equal(saved.code, 0, saved.stderr);
      assert.match(saved.stderr, /Cache saved \(key: k-1\)/);
      const b = path.join(work, 'root-b');
      const restored = await runCli([...cfg, 'restore', '--root', b, '--key', 'k-1'], env);
      assert.equal(restored.code, 0, restored.stderr);
      assert.match(restored.stderr, /exact match: k-1/);
      for (const [rel, mode] of KEPT_FILES) assert.equal(statSync(path.join(b, rel)).mode & 0o777, mode, rel);
      for (const rel of SECRET_PATHS) assert.ok(!existsSync(path.join(b, rel)), rel);
      const again = await runCli([...cfg, 'save', '--root', b, '--key', 'k-1'], env);
      assert.match(again.stderr, /already present remotely \(key: k-1\)/);
    });

    it('restore keys match by prefix, newest first; a miss is not an error', async () => {
      const { work, cfg, env } = setup();
      const root = path.join(work, 'src');
      makeCacheRoot(root);
      assert.equal((await runCli([...cfg, 'save', '--root', root, '--key', 'deps-linux-aaa'], env)).code, 0);
      await sleep(1100); // object stores date entries to the second
      assert.equal((await runCli([...cfg, 'save', '--root', root, '--key', 'deps-linux-bbb'], env)).code, 0);
      const r = await runCli([...cfg, 'restore', '--root', path.join(work, 'dst'), '--key', 'deps-linux-ccc', '--restore-key', 'deps-linux-'], env);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /restore-key match: deps-linux-bbb/);
      const miss = await runCli([...cfg, 'restore', '--root', path.join(work, 'dst2'), '--key', 'other', '--restore-key', 'nope-'], env);
      assert.equal(miss.code, 0);
      assert.match(miss.stderr, /Cache miss \(key: other\)/);
    });

    it('two concurrent savers of one key: one saves, the other reports "already exists"', async () => {
      const { work, url } = setup();
      const logger = new MemoryLogger();
      const roots = ['r1', 'r2'].map((r) => path.join(work, r));
      roots.forEach(makeCacheRoot);
      const { resolveCachePaths } = await import('../../src/cache/index.js');
      const results = await Promise.all(
        roots.map((root) =>
          new StoreCacheBackend(t.backend, url, openStore(url, { env: t.env(), logger })).save({
            key: 'race',
            restoreKeys: [],
            paths: resolveCachePaths(root, [], []),
            logger,
            env: t.env(),
          }),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      if (t.native) assert.deepEqual(statuses, ['exists', 'saved']);
      else assert.ok(statuses.includes('saved'), 'at least one saves on a store without conditional writes (documented)');
      const entries = await new StoreCacheBackend(t.backend, url, openStore(url, { env: t.env(), logger })).entries({ env: t.env(), logger });
      assert.equal(entries.filter((e) => e.key === 'race').length, 1, 'one entry, whole');
    });

    it('list, delete and prune by age and size', async () => {
      const { work, cfg, env, url } = setup();
      const root = path.join(work, 'src');
      makeCacheRoot(root);
      for (const k of ['p-1', 'p-2', 'p-3']) assert.equal((await runCli([...cfg, 'save', '--root', root, '--key', k], env)).code, 0);
      const listed = await runCli([...cfg, 'list', '--format', 'json'], env);
      assert.deepEqual((JSON.parse(listed.stdout) as { key: string }[]).map((r) => r.key).sort(), ['p-1', 'p-2', 'p-3']);
      const del = await runCli([...cfg, 'delete', '--key', 'p-2'], env);
      assert.match(del.stderr, /Cache deleted \(key: p-2; 1 entry\)/);
      const none = await runCli([...cfg, 'prune', '--older-than', '30d'], env);
      assert.match(none.stderr, /Freed 0 B in 0 entries; 2 left/);
      const bySize = await runCli([...cfg, 'prune', '--max-size', '1B', '--store', url, '--format', 'json'], env);
      assert.equal(bySize.code, 0, bySize.stderr);
      assert.equal((JSON.parse(bySize.stdout) as unknown[]).length, 2);
      assert.deepEqual(JSON.parse((await runCli([...cfg, 'list', '--format', 'json'], env)).stdout), []);
      const bad = await runCli([...cfg, 'prune', '--max-size', 'lots'], env);
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /--max-size: "lots" is not a size/);
    });
  });
}

describe('ci cache on a store that is down', () => {
  it('save and restore warn and carry on; the command succeeds', async () => {
    const work = tempDir();
    const repo = makeRepo(path.join(work, 'repo'), 'enabled: true\nbackend: s3\nstore: s3://fleet/ci?endpoint=http://127.0.0.1:9');
    const env = { ...noCi, AWS_ACCESS_KEY_ID: 'x', AWS_SECRET_ACCESS_KEY: 'y' };
    const root = path.join(work, 'root');
    makeCacheRoot(root);
    const cfg = ['--config', path.join(repo, 'atmos.yaml'), 'ci', 'cache'];
    const saved = await runCli([...cfg, 'save', '--root', root, '--key', 'k'], env);
    assert.equal(saved.code, 0, saved.stderr);
    assert.match(saved.stderr, /unavailable/);
    const restored = await runCli([...cfg, 'restore', '--root', path.join(work, 'r2'), '--key', 'k'], env);
    assert.equal(restored.code, 0, restored.stderr);
  });

  it('configuration mistakes name the key', async () => {
    const work = tempDir();
    const repo = makeRepo(path.join(work, 'repo'), 'enabled: true\nbackend: s3');
    const r = await runCli(['--config', path.join(repo, 'atmos.yaml'), 'ci', 'cache', 'save', '--key', 'k'], noCi);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /ci\.cache\.backend is "s3" but ci\.cache\.store is not set/);
    const repo2 = makeRepo(path.join(work, 'repo2'), 'enabled: true\nbackend: s3\nstore: azblob://c/p');
    const r2 = await runCli(['--config', path.join(repo2, 'atmos.yaml'), 'ci', 'cache', 'save', '--key', 'k'], noCi);
    assert.match(r2.stderr, /ci\.cache\.store "azblob:\/\/c\/p" is a azblob URL but ci\.cache\.backend is "s3"/);
  });
});
