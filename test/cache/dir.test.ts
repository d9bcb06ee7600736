import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { listArchive } from '../../src/cache/archive.js';
import { DirCacheBackend } from '../../src/cache/backends/dir.js';
import { tempDir } from '../support/tmp.js';
import { KEPT_FILES, makeCacheRoot, makeRepo, runCli, SECRET_PATHS } from '../support/cacheCli.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
/** Outside any CI: the dir backend needs no runtime token. */
const noCi = { GITHUB_ACTIONS: undefined, CI: undefined, ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined };

function spawnCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli/index.ts'), ...args], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('ci cache with backend: dir (shared directory)', () => {
  it('round trip keeps file modes, and the archive holds no secret', async () => {
    const work = tempDir();
    const repo = makeRepo(path.join(work, 'repo'), `enabled: true\nbackend: dir\ndir: ${path.join(work, 'shared')}`);
    const a = path.join(work, 'root-a');
    makeCacheRoot(a);
    const cfg = ['--config', path.join(repo, 'atmos.yaml'), 'ci', 'cache'];
    const saved = await runCli([...cfg, 'save', '--root', a, '--key', 'dir-1'], { ...noCi, GITHUB_RUN_ID: 'a' });
    assert.equal(saved.code, 0, saved.stderr);
    assert.match(saved.stderr, /Cache saved \(key: dir-1\)/);

    const entries = await new DirCacheBackend(path.join(work, 'shared')).entries();
    assert.equal(entries.length, 1);
    const names = await listArchive(path.join(work, 'shared', entries[0].archive), entries[0].compression);
    for (const rel of SECRET_PATHS) assert.ok(!names.some((n) => n.replace(/^\.\//, '').startsWith(rel)), `${rel} is not in the archive`);
    assert.ok(!names.some((n) => /(^|\/)tls(\/|$)/.test(n)), 'no TLS directory entry');
    for (const [rel] of KEPT_FILES) assert.ok(names.includes(rel), `${rel} is in the archive`);

    const b = path.join(work, 'root-b');
    const restored = await runCli([...cfg, 'restore', '--root', b, '--key', 'dir-1'], { ...noCi, GITHUB_RUN_ID: 'b' });
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stderr, /exact match: dir-1/);
    for (const [rel, mode] of KEPT_FILES) assert.equal(statSync(path.join(b, rel)).mode & 0o777, mode, rel);
    for (const rel of SECRET_PATHS) assert.ok(!existsSync(path.join(b, rel)), rel);
  });

  it('two concurrent savers of one key: exactly one saves, the other reports "already exists", nothing is corrupted', async () => {
    const work = tempDir();
    const shared = path.join(work, 'shared');
    const repo = makeRepo(path.join(work, 'repo'), `enabled: true\nbackend: dir\ndir: ${shared}`);
    const env = { ...process.env, ...noCi } as NodeJS.ProcessEnv;
    for (const k of Object.keys(noCi)) delete env[k];
    const roots = ['r1', 'r2'].map((r) => path.join(work, r));
    roots.forEach(makeCacheRoot);
    const results = await Promise.all(
      roots.map((root) => spawnCli(['--config', path.join(repo, 'atmos.yaml'), 'ci', 'cache', 'save', '--root', root, '--key', 'race'], env)),
    );
    for (const r of results) assert.equal(r.code, 0, r.stderr);
    const saved = results.filter((r) => /Cache saved \(key: race\)/.test(r.stderr)).length;
    const exists = results.filter((r) => /already present remotely \(key: race\)/.test(r.stderr)).length;
    assert.deepEqual([saved, exists], [1, 1], results.map((r) => r.stderr).join('\n---\n'));
    const files = readdirSync(shared);
    assert.equal(files.filter((f) => f.endsWith('.json')).length, 1, files.join(', '));
    assert.equal(files.filter((f) => /\.tar\.zst$|\.tgz$/.test(f)).length, 1, `one archive left: ${files.join(', ')}`);
    assert.ok(!files.some((f) => f.startsWith('.tmp-')), 'no temp files left');
    const restored = await runCli(
      ['--config', path.join(repo, 'atmos.yaml'), 'ci', 'cache', 'restore', '--root', path.join(work, 'r3'), '--key', 'race'],
      noCi,
    );
    assert.equal(restored.code, 0, restored.stderr);
    assert.ok(existsSync(path.join(work, 'r3', 'toolchain/bin/terraform')));
  });

  it('restore keys match by prefix, newest first; list and delete work on the directory', async () => {
    const work = tempDir();
    const shared = path.join(work, 'shared');
    const repo = makeRepo(path.join(work, 'repo'), `enabled: true\nbackend: dir\ndir: ${shared}`);
    const cfg = ['--config', path.join(repo, 'atmos.yaml'), 'ci', 'cache'];
    for (const [i, key] of ['tools-a', 'tools-b'].entries()) {
      const root = path.join(work, `root-${i}`);
      makeCacheRoot(root);
      assert.equal((await runCli([...cfg, 'save', '--root', root, '--key', key], noCi)).code, 0);
      await new Promise((r) => setTimeout(r, 5));
    }
    const res = await runCli([...cfg, 'restore', '--root', path.join(work, 'fresh'), '--key', 'tools-c', '--restore-key', 'tools-'], noCi);
    assert.match(res.stderr, /restore-key match: tools-b/);
    const listed = await runCli([...cfg, 'list', '--format', 'json'], noCi);
    assert.deepEqual(
      (JSON.parse(listed.stdout) as { key: string }[]).map((e) => e.key),
      ['tools-b', 'tools-a'],
    );
    assert.match((await runCli([...cfg, 'delete', '--key', 'tools-b'], noCi)).stderr, /Cache deleted/);
    const again = await runCli([...cfg, 'delete', '--key', 'tools-b'], noCi);
    assert.equal(again.code, 0);
    assert.match(again.stderr, /nothing to delete/);
  });
});
