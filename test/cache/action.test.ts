import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startCacheService, type CacheServiceHarness } from '../support/cacheService.js';
import { cacheAction } from '../../src/actions/cache/action.js';
import { makeRunnerDirs, runAction, type RunnerDirs } from '../support/actionRunner.js';
import { runPhase } from '../support/recordingIO.js';
import { tempDir } from '../support/tmp.js';
import { KEPT_FILES, makeCacheRoot, SECRET_PATHS } from '../support/cacheCli.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const bundle = path.join(repoRoot, 'dist', 'cache', 'index.js');

let harness: CacheServiceHarness;
let work: string;
let n = 0;

before(async () => {
  if (!existsSync(bundle)) execFileSync(process.execPath, ['scripts/build.mjs', 'cache'], { cwd: repoRoot, stdio: 'ignore' });
  harness = await startCacheService();
  work = tempDir('atmos-ts-cache-action-');
});
after(async () => {
  await harness?.close();
});
beforeEach(() => harness.reset());

interface Job {
  dirs: RunnerDirs;
  root: string;
  env: Record<string, string>;
}

/** A fresh runner: workspace with atmos.yaml + pins, its own cache root and run id. */
function job(pins = 'terraform 1.9.8\n'): Job {
  n++;
  const dirs = makeRunnerDirs(path.join(work, `job-${n}`));
  const root = path.join(dirs.root, 'cache-root');
  writeFileSync(path.join(dirs.workspace, 'atmos.yaml'), `ci:\n  cache:\n    enabled: true\n    root: ${root}\n`);
  writeFileSync(path.join(dirs.workspace, '.tool-versions'), pins);
  writeFileSync(path.join(dirs.workspace, 'toolchain.lock.yaml'), `version: 1\n# ${pins}`);
  return { dirs, root, env: { ...harness.env, GITHUB_RUN_ID: String(5000 + n), GITHUB_JOB: 'build' } };
}

/** The bundle, main → post as the runner runs it (the smoke test). */
async function mainThenPostDist(j: Job, inputs: Record<string, string> = {}) {
  const main = await runAction(bundle, j.dirs, { inputs, env: j.env });
  const post = await runAction(bundle, j.dirs, { inputs, env: j.env, state: main.state });
  return { main, post };
}

/** The phases in-process over src/ with a recording ActionIO. */
async function mainThenPost(j: Job, inputs: Record<string, string> = {}) {
  const main = await runPhase(cacheAction, j.dirs, { inputs, env: j.env });
  const post = await runPhase(cacheAction, j.dirs, { inputs, env: j.env, state: main.state });
  return { main, post };
}

describe('actions/cache main + post against the loopback cache service (in-process over src/; the first test over the dist/cache bundle)', () => {
  it('miss restores nothing and post saves; the next job gets an exact hit with modes kept, secrets absent, and skips the save', async () => {
    const a = job();
    makeCacheRoot(a.root);
    const first = await mainThenPostDist(a);
    assert.equal(first.main.code, 0, first.main.stdout + first.main.stderr);
    assert.equal(first.main.outputs['cache-hit'], 'false');
    assert.match(first.main.outputs.key, /^atmos-cache-[a-z]+-[a-z0-9]+-[0-9a-f]{16}$/);
    assert.equal(first.main.state.isPost, 'true');
    assert.equal(first.post.code, 0, first.post.stdout);
    assert.match(first.post.stdout, /Cache saved \(key: atmos-cache-/);
    assert.deepEqual(
      harness.entries.map((e) => e.key),
      [first.main.outputs.key],
    );

    const b = job();
    const second = await mainThenPostDist(b);
    assert.equal(second.main.outputs['cache-hit'], 'true');
    assert.equal(second.main.outputs['matched-key'], first.main.outputs.key);
    for (const [rel, mode] of KEPT_FILES) assert.equal(statSync(path.join(b.root, rel)).mode & 0o777, mode, rel);
    for (const rel of SECRET_PATHS) assert.ok(!existsSync(path.join(b.root, rel)), `${rel} must not be restored`);
    assert.match(second.post.stdout, /skipped: exact cache hit/);
    assert.equal(harness.calls.filter((c) => c === 'CreateCacheEntry').length, 1);
  });

  it('never exposes the runtime token to later steps', async () => {
    const a = job();
    makeCacheRoot(a.root);
    const { main, post } = await mainThenPost(a);
    for (const run of [main, post]) {
      const visible = JSON.stringify([run.outputs, run.exported, run.state]);
      assert.doesNotMatch(visible, /fake-runtime-token/);
    }
  });

  it('restore-only makes no save in post', async () => {
    const a = job();
    makeCacheRoot(a.root);
    const { post } = await mainThenPost(a, { mode: 'restore-only' });
    assert.equal(post.failed, undefined);
    assert.match(post.text, /skipped: mode is restore-only/);
    assert.ok(!harness.calls.includes('CreateCacheEntry'));
  });

  it('fail-on-cache-miss fails the step on a miss', async () => {
    const a = job();
    const main = await runPhase(cacheAction, a.dirs, { inputs: { 'fail-on-cache-miss': 'true', key: 'absent-key' }, env: a.env });
    assert.ok(main.failed);
    assert.match(main.text, /::error::.*no cache entry matches absent-key/);
  });

  it('lookup-only reports the hit and downloads nothing', async () => {
    const a = job();
    makeCacheRoot(a.root);
    await mainThenPost(a, { key: 'look-{{.OS}}' });
    const b = job();
    const main = await runPhase(cacheAction, b.dirs, { inputs: { key: 'look-{{.OS}}', 'lookup-only': 'true' }, env: b.env });
    assert.equal(main.failed, undefined, main.text);
    assert.equal(main.outputs['cache-hit'], 'true');
    assert.ok(!existsSync(path.join(b.root, 'toolchain')));
  });

  it('save-only skips the restore; outputs carry actions/cache names too', async () => {
    const a = job();
    makeCacheRoot(a.root);
    const { main, post } = await mainThenPost(a, { mode: 'save-only' });
    assert.deepEqual(main.exported, {}, 'nothing leaks into the job env');
    assert.equal(main.outputs['cache-primary-key'], main.outputs.key);
    assert.equal(main.outputs['cache-matched-key'], '');
    assert.ok(!harness.calls.includes('GetCacheEntryDownloadURL'));
    assert.match(post.text, /Cache saved/);
  });

  it('save: on-success saves nothing after a failed job; save: always does', async () => {
    const a = job();
    makeCacheRoot(a.root);
    const failed = await mainThenPost(a, { key: 'status-{{.OS}}', 'job-status': 'failure' });
    assert.equal(failed.post.failed, undefined, failed.post.text);
    assert.match(failed.post.text, /not saved because the job status is failure/);
    assert.ok(!harness.calls.includes('CreateCacheEntry'));
    const b = job();
    makeCacheRoot(b.root);
    const kept = await mainThenPost(b, { key: 'status-{{.OS}}', 'job-status': 'failure', save: 'always' });
    assert.match(kept.post.text, /Cache saved/);
  });

  it('without the runtime variables the step fails with a clear cache-unavailable error', async () => {
    const a = job();
    const env = { ...a.env, ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' };
    const main = await runPhase(cacheAction, a.dirs, { env });
    assert.ok(main.failed);
    assert.match(main.text, /::error::.*the GitHub Actions cache is not available here/);
    assert.match(main.text, /github-runtime/);
  });
});
