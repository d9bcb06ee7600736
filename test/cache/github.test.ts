import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startCacheService, type CacheServiceHarness } from '../support/cacheService.js';
import { tempDir } from '../support/tmp.js';
import { KEPT_FILES, makeCacheRoot, makeRepo, runCli, SECRET_PATHS } from '../support/cacheCli.js';

let harness: CacheServiceHarness;
let work: string;
let n = 0;

before(async () => {
  harness = await startCacheService();
  work = tempDir('atmos-ts-cache-gh-');
});
after(async () => {
  await harness?.close();
});
beforeEach(() => harness.reset());

/** A fresh "job": its own cache root and run id, as a new runner would have. */
function job(): { root: string; env: Record<string, string> } {
  n++;
  const root = path.join(work, `root-${n}`);
  return {
    root,
    env: {
      ...harness.env,
      GITHUB_RUN_ID: String(1000 + n),
      GITHUB_REPOSITORY: 'acme/infra',
      RUNNER_TEMP: path.join(work, `temp-${n}`),
      ATMOS_XDG_CACHE_HOME: path.join(work, `xdg-${n}`),
    },
  };
}

function repo(ciCache = 'enabled: true'): string {
  return makeRepo(path.join(work, `repo-${++n}`), ciCache);
}

const cache = (cmd: string, repoDir: string, root: string, ...extra: string[]) => [
  '--config',
  path.join(repoDir, 'atmos.yaml'),
  'ci',
  'cache',
  cmd,
  '--root',
  root,
  ...extra,
];

describe('ci cache restore/save through @actions/cache against the loopback cache service', () => {
  it('round trip keeps file modes and never archives secrets', async () => {
    const r = repo();
    const a = job();
    makeCacheRoot(a.root);
    const saved = await runCli(cache('save', r, a.root), a.env);
    assert.equal(saved.code, 0, saved.stderr);
    assert.match(saved.stderr, /Cache saved \(key: atmos-cache-/);
    assert.equal(harness.entries.length, 1);

    const b = job();
    const restored = await runCli(cache('restore', r, b.root), b.env);
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stderr, /Cache restored \(exact match/);
    for (const [rel, mode] of KEPT_FILES) {
      assert.ok(existsSync(path.join(b.root, rel)), `${rel} restored`);
      assert.equal(statSync(path.join(b.root, rel)).mode & 0o777, mode, `${rel} mode`);
    }
    for (const rel of SECRET_PATHS) assert.ok(!existsSync(path.join(b.root, rel)), `${rel} must not be in the archive`);
    assert.ok(!existsSync(path.join(b.root, 'terraform/registry/tls')), 'the TLS directory is not archived at all');
  });

  it('exact hit skips the save', async () => {
    const r = repo();
    const a = job();
    makeCacheRoot(a.root);
    assert.equal((await runCli(cache('save', r, a.root), a.env)).code, 0);
    const b = job();
    await runCli(cache('restore', r, b.root), b.env);
    const creates = harness.calls.filter((c) => c === 'CreateCacheEntry').length;
    const res = await runCli(cache('save', r, b.root), b.env);
    assert.equal(res.code, 0);
    assert.match(res.stderr, /skipped: exact cache hit/);
    assert.equal(harness.calls.filter((c) => c === 'CreateCacheEntry').length, creates, 'no CreateCacheEntry after an exact hit');
  });

  it('prefix hit restores the older entry and saves under the new key', async () => {
    const r = repo();
    const a = job();
    makeCacheRoot(a.root);
    assert.equal((await runCli(cache('save', r, a.root, '--key', 'tools-v1'), a.env)).code, 0);
    const b = job();
    const res = await runCli(cache('restore', r, b.root, '--key', 'tools-v2', '--restore-key', 'tools-'), b.env);
    assert.match(res.stderr, /restore-key match: tools-v1/);
    assert.ok(existsSync(path.join(b.root, 'toolchain/bin/terraform')));
    const saved = await runCli(cache('save', r, b.root, '--key', 'tools-v2', '--restore-key', 'tools-'), b.env);
    assert.match(saved.stderr, /Cache saved \(key: tools-v2\)/);
    assert.deepEqual(harness.entries.map((e) => e.key).sort(), ['tools-v1', 'tools-v2']);
  });

  it('is write-once: a second save of the same key reports "already exists" and exits 0', async () => {
    const r = repo();
    const a = job();
    makeCacheRoot(a.root);
    assert.equal((await runCli(cache('save', r, a.root, '--key', 'once'), a.env)).code, 0);
    const b = job();
    makeCacheRoot(b.root);
    const res = await runCli(cache('save', r, b.root, '--key', 'once'), b.env);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /already present remotely \(key: once\)/);
    assert.doesNotMatch(res.stderr, /Failed to save|Error/);
    assert.equal(harness.entries.length, 1);
    // The state file remembers it: a third attempt in the same job makes no request at all.
    const calls = harness.calls.length;
    assert.match((await runCli(cache('save', r, b.root, '--key', 'once'), b.env)).stderr, /already saved/);
    assert.equal(harness.calls.length, calls);
  });

  it('a miss is not an error, unless --fail-on-cache-miss', async () => {
    const r = repo();
    const a = job();
    const miss = await runCli(cache('restore', r, a.root, '--key', 'nothing-here'), a.env);
    assert.equal(miss.code, 0);
    assert.match(miss.stderr, /Cache miss \(key: nothing-here\)/);
    const b = job();
    const fail = await runCli(cache('restore', r, b.root, '--key', 'nothing-here', '--fail-on-cache-miss'), b.env);
    assert.equal(fail.code, 1);
    assert.match(fail.stderr, /no cache entry matches nothing-here/);
  });

  it('lookup-only finds the entry but downloads nothing', async () => {
    const r = repo();
    const a = job();
    makeCacheRoot(a.root);
    await runCli(cache('save', r, a.root, '--key', 'look'), a.env);
    const b = job();
    const res = await runCli(cache('restore', r, b.root, '--key', 'look', '--lookup-only'), b.env);
    assert.match(res.stderr, /Cache found \(exact match: look\)/);
    assert.ok(!existsSync(path.join(b.root, 'toolchain')), 'nothing extracted');
  });

  it('a 429 from the cache service is explained and does not fail restore or save', async () => {
    const r = repo();
    const a = job();
    makeCacheRoot(a.root);
    harness.fault('GetCacheEntryDownloadURL', 429);
    const res = await runCli(cache('restore', r, a.root, '--key', 'rl'), a.env);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /rate-limited this restore \(HTTP 429, retry after 60 s\)/);
    harness.fault('CreateCacheEntry', 429);
    const s = await runCli(cache('save', r, a.root, '--key', 'rl'), a.env);
    assert.equal(s.code, 0, s.stderr);
    assert.match(s.stderr, /rate-limited this save/);
    assert.equal(harness.entries.length, 0);
  });

  it('a transient 500 is retried and the save succeeds', async () => {
    const r = repo();
    const a = job();
    makeCacheRoot(a.root);
    harness.fault('CreateCacheEntry', 500, 1);
    const s = await runCli(cache('save', r, a.root, '--key', 'flaky'), a.env);
    assert.equal(s.code, 0, s.stderr);
    assert.match(s.stderr, /Cache saved \(key: flaky\)/);
    assert.equal(harness.calls.filter((c) => c === 'CreateCacheEntry').length, 2);
  });

  it('a read-only cache token ("cache write denied") is a warning that says why', async () => {
    const r = repo();
    const a = job();
    makeCacheRoot(a.root);
    harness.fault('CreateCacheEntry', 'denied');
    const s = await runCli(cache('save', r, a.root, '--key', 'ro'), a.env);
    assert.equal(s.code, 0, s.stderr);
    assert.match(s.stderr, /read-only cache token/);
  });

  it('outside a runner restore fails with CACHE_UNAVAILABLE that points at actions/github-runtime and list/delete', async () => {
    const r = repo();
    const a = job();
    const res = await runCli(cache('restore', r, a.root), { ...a.env, ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined });
    assert.equal(res.code, 1);
    assert.match(res.stderr, /the GitHub Actions cache is not available here/);
    assert.match(res.stderr, /actions\/github-runtime/);
    assert.match(res.stderr, /ci cache list/);
    const { GitHubCacheBackend } = await import('../../src/cache/backends/github.js');
    await assert.rejects(
      new GitHubCacheBackend().save({ key: 'k', restoreKeys: [], paths: {} as never, logger: undefined as never, env: {} }),
      (e: { code?: string }) => e.code === 'CACHE_UNAVAILABLE',
    );
  });

  it('rejects a key over 512 characters, a comma, and more than 9 restore keys before any request', async () => {
    const r = repo();
    const a = job();
    const long = await runCli(cache('save', r, a.root, '--key', 'x'.repeat(513)), a.env);
    assert.equal(long.code, 1);
    assert.match(long.stderr, /513 characters long; the cache service allows at most 512/);
    const comma = await runCli(cache('restore', r, a.root, '--key', 'a,b'), a.env);
    assert.match(comma.stderr, /contains a comma/);
    const many = Array.from({ length: 11 }, (_, i) => ['--restore-key', `p${i}-`]).flat();
    const tooMany = await runCli(cache('restore', r, a.root, '--key', 'k', ...many), a.env);
    assert.equal(tooMany.code, 1);
    assert.match(tooMany.stderr, /11 restore keys given; at most 9/);
    assert.equal(harness.calls.length, 0);
  });

  it('list follows Link pagination and filters by prefix; delete is idempotent', async () => {
    const r = repo();
    const a = job();
    harness.seedRest(230, 'seed-');
    const listed = await runCli(['--config', path.join(r, 'atmos.yaml'), 'ci', 'cache', 'list', '--format', 'json'], a.env);
    assert.equal(listed.code, 0, listed.stderr);
    assert.equal((JSON.parse(listed.stdout) as unknown[]).length, 230);
    const prefixed = await runCli(['--config', path.join(r, 'atmos.yaml'), 'ci', 'cache', 'list', '--key', 'seed-22', '--format', 'csv'], a.env);
    assert.deepEqual(
      prefixed.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
      ['seed-22', 'seed-220', 'seed-221', 'seed-222', 'seed-223', 'seed-224', 'seed-225', 'seed-226', 'seed-227', 'seed-228', 'seed-229'],
    );
    const del = ['--config', path.join(r, 'atmos.yaml'), 'ci', 'cache', 'delete', '--key', 'seed-7'];
    const first = await runCli(del, a.env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /Cache deleted \(key: seed-7/);
    const second = await runCli(del, a.env);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /nothing to delete/);
  });

  it('paths --format github writes key, a multi-line path heredoc and restore-keys to $GITHUB_OUTPUT', async () => {
    const r = repo();
    const a = job();
    const out = path.join(work, `output-${n}`);
    writeFileSync(out, '');
    const res = await runCli(cache('paths', r, a.root), { ...a.env, GITHUB_OUTPUT: out, ACTIONS_RUNTIME_TOKEN: undefined });
    assert.equal(res.code, 0, res.stderr);
    const text = readFileSync(out, 'utf8');
    assert.match(text, /^key=atmos-cache-[a-z]+-[a-z0-9]+-[0-9a-f]{16}$/m);
    const pathBlock = /^path<<(\S+)\n([\s\S]*?)\n\1$/m.exec(text);
    assert.ok(pathBlock, text);
    const lines = pathBlock[2].split('\n');
    assert.ok(lines.includes(`${a.root}/*`));
    assert.ok(lines.includes(`!${a.root}/.atmos-ts`));
    assert.ok(lines.includes(`!${a.root}/terraform/registry/tls`));
    assert.match(text, /^restore-keys<<(\S+)\natmos-cache-[a-z]+-[a-z0-9]+-\n\1$/m);
  });
});

describe('secrets stay out of the Actions cache entry wherever the registry cache is', () => {
  it('root = a parent of a relocated registry cache: tls/ is not in the entry', async () => {
    const { ensureTls } = await import('../../src/mirror/tls.js');
    const a = job();
    const registry = path.join(a.root, 'caches', 'registry');
    await ensureTls(registry);
    makeCacheRoot(path.join(registry, 'providers'));
    const dir = path.join(work, `repo-${++n}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'atmos.yaml'), `components:\n  terraform:\n    cache:\n      location: ${registry}\nci:\n  cache:\n    key: relocated\n`);
    const saved = await runCli(cache('save', dir, a.root), a.env);
    assert.equal(saved.code, 0, saved.stderr);
    // A new job on a fresh machine: same layout (the location is part of the entry version), empty disk.
    rmSync(a.root, { recursive: true });
    const restored = await runCli(cache('restore', dir, a.root), job().env);
    assert.match(restored.stderr, /Cache restored \(exact match: relocated\)/);
    assert.ok(existsSync(path.join(registry, 'providers/toolchain/bin/terraform')), 'the rest of the registry cache is restored');
    assert.ok(!existsSync(path.join(registry, 'tls')), 'no TLS directory, hence no private key');
  });
});
