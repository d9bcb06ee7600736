import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';
import { withAutoCache } from '../../src/cli/ci.js';
import type { CliContext } from '../../src/cli/context.js';
import { MemoryLogger } from '../support/memoryLogger.js';
import { loadConfig } from '../../src/config/load.js';
import { startCacheService, type CacheServiceHarness } from '../support/cacheService.js';
import { tempDir } from '../support/tmp.js';
import { makeCacheRoot, makeRepo } from '../support/cacheCli.js';

let harness: CacheServiceHarness;
before(async () => {
  harness = await startCacheService();
});
after(async () => {
  await harness?.close();
});

/** A real commander program with one ordinary command and one `ci cache` command, wired like main.ts. */
async function runProgram(args: string[], repo: string, env: NodeJS.ProcessEnv, onRun: () => void) {
  const logger = new MemoryLogger();
  const ctx: CliContext = {
    logger,
    env,
    cwd: repo,
    out: process.stdout,
    config: () => loadConfig({ cwd: repo, env }),
  };
  const program = new Command('atmos-ts').exitOverride();
  program.command('describe').action(onRun);
  program.command('ci').command('cache').command('paths').action(onRun);
  await withAutoCache(
    program,
    () => ctx,
    () => program.parseAsync(['node', 'atmos-ts', ...args]),
  );
  return logger;
}

describe('ci.cache.auto lifecycle', () => {
  it('auto: both restores before the command and saves after it inside a runner', async () => {
    const work = tempDir();
    const rootA = path.join(work, 'root-a');
    const repo = makeRepo(path.join(work, 'repo'), `enabled: true\nauto: both\nroot: ${rootA}\nkey: auto-{{.OS}}-v1\nrestore_keys: ['auto-']`);
    makeCacheRoot(rootA);
    const runner = { ...harness.env, GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_RUN_ID: '1', RUNNER_TEMP: path.join(work, 'tmp') };
    let sawRestored = false;
    const first = await runProgram(['describe'], repo, runner, () => {
      sawRestored = existsSync(path.join(rootA, 'toolchain/bin/terraform'));
    });
    assert.ok(sawRestored);
    assert.match(first.text(), /Cache miss \(key: auto-[a-z]+-v1\)/);
    assert.match(first.text(), /Cache saved \(key: auto-[a-z]+-v1\)/);
    assert.equal(harness.entries.length, 1);

    // A second runner with an empty root: the command sees the restored files; no second upload.
    const rootB = path.join(work, 'root-b');
    writeFileSync(path.join(repo, 'atmos.yaml'), `ci:\n  cache:\n    enabled: true\n    auto: both\n    root: ${rootB}\n    key: auto-{{.OS}}-v1\n`);
    let restoredBeforeRun = false;
    const second = await runProgram(['describe'], repo, { ...runner, GITHUB_RUN_ID: '2' }, () => {
      restoredBeforeRun = existsSync(path.join(rootB, 'toolchain/bin/terraform'));
    });
    assert.ok(restoredBeforeRun, 'restored before the command ran');
    assert.match(second.text(), /exact match/);
    assert.match(second.text(), /skipped: exact cache hit/);
    assert.equal(harness.entries.length, 1);
  });

  it('skips `ci cache` commands', async () => {
    const work = tempDir();
    const root = path.join(work, 'root');
    const repo = makeRepo(path.join(work, 'repo'), `enabled: true\nauto: both\nroot: ${root}\nkey: skip-me`);
    makeCacheRoot(root);
    const calls = harness.calls.length;
    await runProgram(['ci', 'cache', 'paths'], repo, { ...harness.env, GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '3' }, () => {});
    assert.equal(harness.calls.length, calls);
  });

  it('is a silent no-op outside CI (debug log only) and a warning — never a failure — when the save fails', async () => {
    const work = tempDir();
    const shared = path.join(work, 'shared');
    const root = path.join(work, 'root');
    makeCacheRoot(root);
    const repo = makeRepo(path.join(work, 'repo'), `enabled: true\nauto: both\nbackend: dir\ndir: ${shared}\nroot: ${root}`);
    let ran = false;
    const local = await runProgram(['describe'], repo, { PATH: process.env.PATH }, () => {
      ran = true;
    });
    assert.ok(ran);
    assert.ok(!existsSync(shared), 'nothing saved outside CI');
    assert.deepEqual(
      local.records.filter((r) => r.level !== 'debug'),
      [],
    );
    assert.match(local.text(), /not running in CI/);

    // In CI with an unwritable shared directory: the command still succeeds, the save warns.
    mkdirSync(path.join(work, 'file-not-dir-parent'));
    writeFileSync(path.join(work, 'file-not-dir-parent', 'x'), '');
    writeFileSync(
      path.join(repo, 'atmos.yaml'),
      `ci:\n  cache:\n    enabled: true\n    auto: save\n    backend: dir\n    dir: ${path.join(work, 'file-not-dir-parent', 'x', 'sub')}\n    root: ${root}\n`,
    );
    const failing = await runProgram(['describe'], repo, { PATH: process.env.PATH, CI: 'true', GITHUB_RUN_ID: '9' }, () => {});
    assert.match(failing.text(), /warn: CI cache: automatic save failed/);
    assert.deepEqual(readdirSync(work).includes('shared'), false);
  });
});

describe('ci.cache.auto on signals', () => {
  it('saves when the command is stopped with SIGTERM, then exits 143', async () => {
    const { spawn } = await import('node:child_process');
    const { DirCacheBackend } = await import('../../src/cache/backends/dir.js');
    const work = tempDir();
    const shared = path.join(work, 'shared');
    const root = path.join(work, 'root');
    makeCacheRoot(root);
    const repo = makeRepo(path.join(work, 'repo'), `enabled: true\nauto: save\nbackend: dir\ndir: ${shared}\nroot: ${root}\nkey: on-signal`);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures', 'signalChild.ts'), repo], {
      cwd: path.resolve(import.meta.dirname, '..', '..'),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', GITHUB_RUN_ID: 'sig' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('running') && resolve()));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.equal(code, 143, stderr);
    assert.deepEqual(
      (await new DirCacheBackend(shared).entries()).map((e) => e.key),
      ['on-signal'],
    );
  });
});
