import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { githubRuntimeAction } from '../../src/actions/github-runtime/action.js';
import { makeRunnerDirs, runAction } from '../support/actionRunner.js';
import { tempDir } from '../support/tmp.js';
import { runPhase } from '../support/recordingIO.js';

const bundle = path.resolve(import.meta.dirname, '..', '..', 'dist', 'github-runtime', 'index.js');
const runtime = {
  ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOi.runtime-token-secret',
  ACTIONS_RESULTS_URL: 'https://results.example.test/',
  ACTIONS_RUNTIME_URL: 'https://pipelines.example.test/abc/',
  ACTIONS_CACHE_SERVICE_V2: 'True',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-secret',
};

describe('actions/github-runtime (in-process over src/; the first two over dist/)', () => {
  it('smoke test of the bundle: output mode writes masked step outputs and exports nothing', async () => {
    const dirs = makeRunnerDirs(tempDir());
    const run = await runAction(bundle, dirs, { env: runtime });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['runtime-token'], runtime.ACTIONS_RUNTIME_TOKEN);
    assert.equal(run.outputs['results-url'], runtime.ACTIONS_RESULTS_URL);
    assert.equal(run.outputs['runtime-url'], runtime.ACTIONS_RUNTIME_URL);
    assert.equal(run.outputs['cache-service-v2'], 'True');
    assert.equal(run.outputs['cache-url'], undefined, 'empty variables are not written');
    assert.ok(run.masks.includes(runtime.ACTIONS_RUNTIME_TOKEN));
    assert.ok(run.masks.includes(runtime.ACTIONS_RESULTS_URL));
    assert.ok(!run.masks.includes('True'), 'the v2 flag is not masked');
    assert.ok(!('runtime-token' in run.exported) && Object.keys(run.exported).length === 0);
    // The mask is registered before the value reaches any file command or log line.
    const maskAt = run.stdout.indexOf(`::add-mask::${runtime.ACTIONS_RUNTIME_TOKEN}`);
    assert.ok(maskAt >= 0);
    assert.equal(run.stdout.indexOf(runtime.ACTIONS_RUNTIME_TOKEN), maskAt + '::add-mask::'.length);
    assert.match(run.stdout, /Exposed 4 ACTIONS_\* value\(s\) via step outputs/);
  });

  it('env mode exports every non-empty ACTIONS_ variable with tokens masked', async () => {
    const dirs = makeRunnerDirs(tempDir());
    const run = await runPhase(githubRuntimeAction, dirs, { inputs: { mode: 'env' }, env: { ...runtime, ACTIONS_CACHE_URL: '' } });
    assert.equal(run.failed, undefined, run.text);
    assert.deepEqual(Object.keys(run.exported).sort(), Object.keys(runtime).sort());
    assert.equal(run.exported.ACTIONS_RUNTIME_TOKEN, runtime.ACTIONS_RUNTIME_TOKEN);
    assert.deepEqual(run.masks.sort(), [runtime.ACTIONS_ID_TOKEN_REQUEST_TOKEN, runtime.ACTIONS_RUNTIME_TOKEN].sort());
    assert.deepEqual(run.outputs, {});
  });

  it('an invalid mode fails the step and names the allowed values', async () => {
    const dirs = makeRunnerDirs(tempDir());
    const run = await runPhase(githubRuntimeAction, dirs, { inputs: { mode: 'everything' }, env: runtime });
    assert.ok(run.failed);
    assert.match(run.text, /::error::.*invalid mode "everything": expected "output" or "env"/);
    assert.deepEqual(run.outputs, {});
    assert.deepEqual(run.masks, []);
  });

  it('a missing GITHUB_OUTPUT fails clearly instead of falling back to stdout commands', async () => {
    const dirs = makeRunnerDirs(tempDir());
    const run = await runAction(bundle, dirs, { env: { ...runtime, GITHUB_OUTPUT: '' } });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /GITHUB_OUTPUT is not set \(is this running inside GitHub Actions\?\)/);
    assert.ok(!run.stdout.includes('::set-output'));
    assert.ok(!run.stdout.includes(runtime.ACTIONS_RUNTIME_TOKEN));
  });

  it('outside a runner (no ACTIONS_ values) the step fails with a hint', async () => {
    const dirs = makeRunnerDirs(tempDir());
    const run = await runPhase(githubRuntimeAction, dirs, {});
    assert.ok(run.failed);
    assert.match(run.text, /no ACTIONS_\* runtime values/);
  });
});
