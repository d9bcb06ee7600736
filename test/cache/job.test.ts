import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { jobId } from '../../src/cache/state.js';
import { tempDir } from '../support/tmp.js';
import { makeCacheRoot, makeRepo, runCli } from '../support/cacheCli.js';

/** No CI at all: none of the variables any supported CI system sets. */
const CI_VARS = [
  'GITHUB_ACTIONS',
  'CI',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_JOB',
  'CI_JOB_ID',
  'BUILDKITE_JOB_ID',
  'CIRCLE_WORKFLOW_JOB_ID',
  'SYSTEM_JOBID',
  'BITBUCKET_STEP_UUID',
  'TRAVIS_JOB_ID',
  'BUILD_TAG',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
];
const noCi = Object.fromEntries(CI_VARS.map((k) => [k, undefined]));

/** An entry "k" in a fresh shared directory, and a restore of it into a fresh root. */
async function prepared() {
  const work = tempDir('atmos-ts-cache-job-');
  const repo = makeRepo(path.join(work, 'repo'), `backend: dir\ndir: ${path.join(work, 'shared')}`);
  const source = path.join(work, 'source');
  makeCacheRoot(source);
  const cfg = ['--config', path.join(repo, 'atmos.yaml'), 'ci', 'cache'];
  const saved = await runCli([...cfg, 'save', '--root', source, '--key', 'k'], noCi);
  assert.equal(saved.code, 0, saved.stderr);
  const root = path.join(work, 'restored');
  const restore = (env: Record<string, string | undefined>) => runCli([...cfg, 'restore', '--root', root, '--key', 'k'], { ...noCi, ...env });
  return { root, restore };
}

const tool = 'toolchain/bin/terraform';

describe('"already restored in this job" only within one real CI job, and only while the files are there', () => {
  it('outside CI a second restore restores again (files deleted in between)', async () => {
    const { root, restore } = await prepared();
    const first = await restore({});
    assert.match(first.stderr, /Cache restored \(exact match: k\)/);
    rmSync(path.join(root, 'toolchain'), { recursive: true });
    const second = await restore({});
    assert.match(second.stderr, /Cache restored \(exact match: k\)/);
    assert.doesNotMatch(second.stderr, /already restored/);
    assert.ok(existsSync(path.join(root, tool)));
  });

  it('outside CI it restores again even when nothing was deleted', async () => {
    const { restore } = await prepared();
    await restore({});
    assert.match((await restore({})).stderr, /Cache restored \(exact match: k\)/);
  });

  it('inside one CI job a second restore is skipped while the files are there, and restores when one is gone', async () => {
    const { root, restore } = await prepared();
    const job = { GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'plan' };
    assert.match((await restore(job)).stderr, /Cache restored \(exact match: k\)/);
    assert.match((await restore(job)).stderr, /already restored in this job/);
    rmSync(path.join(root, tool));
    const again = await restore(job);
    assert.match(again.stderr, /Cache restored \(exact match: k\)/);
    assert.ok(existsSync(path.join(root, tool)));
    // A re-run (next attempt) or another job of the same run is another job.
    assert.match((await restore({ ...job, GITHUB_RUN_ATTEMPT: '2' })).stderr, /Cache restored/);
    assert.match((await restore({ ...job, GITHUB_JOB: 'apply' })).stderr, /Cache restored/);
    // Other CI systems' job ids work the same way.
    assert.match((await restore({ CI_JOB_ID: '7' })).stderr, /Cache restored/);
    assert.match((await restore({ CI_JOB_ID: '7' })).stderr, /already restored in this job/);
  });

  it('knows the job variables of the common CI systems, and nothing outside CI', () => {
    assert.equal(jobId({}), undefined);
    assert.equal(jobId({ CI: 'true' }), undefined, 'CI=true alone names no job');
    assert.equal(jobId({ GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'build' }), 'github:1/2/build');
    const ids = [
      { CI_JOB_ID: '5' },
      { BUILDKITE_JOB_ID: 'b-1' },
      { CIRCLE_WORKFLOW_JOB_ID: 'c-1' },
      { SYSTEM_JOBID: 'guid', BUILD_BUILDID: '9' },
      { BITBUCKET_STEP_UUID: '{u}', BITBUCKET_BUILD_NUMBER: '3' },
      { TRAVIS_JOB_ID: '8' },
      { BUILD_TAG: 'jenkins-infra-12' },
    ].map((env) => jobId(env));
    assert.ok(ids.every(Boolean), ids.join(', '));
    assert.equal(new Set(ids).size, ids.length);
  });
});
