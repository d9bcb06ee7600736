import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startProject } from '../support/workflowProject.js';

const p = await startProject();
p.publish('helmfile', '0.169.1');
p.publish('helm', '3.16.2');

describe('atmos-ts helmfile', () => {
  it('runs components.helmfile.command installed on demand, with .tool-versions tools (helm) on PATH', async () => {
    p.writeToolVersions('helm 3.16.2\n');
    p.writeConfig({ components: { helmfile: { command: 'helmfile@0.169.1' } } });
    const run = await p.cli(['helmfile', 'diff', '-e', 'dev', '--suppress-secrets']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'helmfile 0.169.1 diff -e dev --suppress-secrets');
    assert.doesNotMatch(run.stderr, /not on PATH/);
  });

  it('warns when helm is not on PATH', async () => {
    p.writeToolVersions('');
    p.writeConfig({ components: { helmfile: { command: 'helmfile@0.169.1' } } });
    const run = await p.cli(['helmfile', 'version'], { PATH: '/usr/bin:/bin' });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /helmfile runs helm, which is not on PATH/);
  });
});
