import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VERSION } from '../../src/version.js';
import { sha256 } from '../support/githubUpstream.js';
import { startProject } from '../support/workflowProject.js';

const p = await startProject();
// A stand-in atmos-ts 9.9.9 release: prints what it was started with, exits 7.
// ESM, like the real single-file bundle (installed without an extension, run by module detection);
// test/release/useRelease.test.ts does the same with the really built asset.
const bundle = `import process from 'node:process';\nconsole.log(JSON.stringify({ version: '9.9.9', args: process.argv.slice(2), depth: process.env.ATMOS_TS_REEXEC_DEPTH, marker: process.env.DEMO_MARKER }));\nprocess.exit(7);\n`;
p.up.addRelease('atmos-ts', 'atmos-ts', 'v9.9.9', {
  'atmos-ts.mjs': bundle,
  SHA256SUMS: `${sha256('other asset')}  atmos-ts-9.9.9.tgz\n${sha256(bundle)}  atmos-ts.mjs\n`,
});

describe('use: <version> re-exec', () => {
  it('installs the pinned atmos-ts and re-runs it with the same arguments, environment and exit code', async () => {
    p.writeConfig({ use: '9.9.9', workflows: { w: { steps: ['true'] } } });
    const run = await p.cli(['workflow', '--list'], { DEMO_MARKER: 'kept' });
    assert.equal(run.code, 7, run.stderr);
    const child = JSON.parse(run.stdout.trim()) as { version: string; args: string[]; depth: string; marker: string };
    assert.deepEqual(child, { version: '9.9.9', args: ['workflow', '--list'], depth: '1', marker: 'kept' });
    assert.match(run.stderr, /Switching to atmos-ts 9\.9\.9/);
  });

  it('ATMOS_USE_VERSION pins too, and the loop guard stops a second switch', async () => {
    p.writeConfig({ workflows: { w: { description: 'wf', steps: ['true'] } } });
    const switched = await p.cli(['workflow', '--list'], { ATMOS_USE_VERSION: '9.9.9' });
    assert.equal(switched.code, 7, switched.stderr);
    const guarded = await p.cli(['workflow', '--list'], { ATMOS_USE_VERSION: '9.9.9', ATMOS_TS_REEXEC_DEPTH: '1' });
    assert.equal(guarded.code, 0, guarded.stderr);
    assert.equal(guarded.stdout.trim(), 'w\twf');
  });

  it('a version that cannot be installed is a warning and the current version carries on', async () => {
    p.writeConfig({ use: '8.8.8', workflows: { w: { description: 'wf', steps: ['true'] } } });
    const run = await p.cli(['workflow', '--list']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'w\twf');
    assert.match(run.stderr, /Failed to switch to atmos-ts 8\.8\.8: .*Continuing with the current version /s);
    assert.ok(run.stderr.includes(`current version ${VERSION}`));
  });

  it('the running version itself does not switch', async () => {
    p.writeConfig({ use: `v${VERSION}`, workflows: { w: { description: 'wf', steps: ['true'] } } });
    p.up.resetCounts();
    const run = await p.cli(['workflow', '--list']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(p.up.requests.length, 0);
  });
});
