import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AtmosError } from '../../src/common/errors.js';
import { decideSwitch, nodeArgsFor, REEXEC_DEPTH_ENV } from '../../src/workflow/useVersion.js';
import { firstCommand, scanGlobalOptions } from '../../src/workflow/argvScan.js';
import { mergeToolNeeds, parseToolRef, toolVersionsLayer } from '../../src/workflow/toolNeeds.js';
import { normalizeSteps, stepsFrom } from '../../src/workflow/steps.js';

describe('tool needs merging', () => {
  it('a child pin overrides a concrete .tool-versions pin', () => {
    assert.deepEqual(mergeToolNeeds({ terraform: '1.9.8', helm: '3.16.2' }, { terraform: '1.10.3' }), { terraform: '1.10.3', helm: '3.16.2' });
  });
  it('latest or empty in the child never restricts the parent pin', () => {
    assert.deepEqual(mergeToolNeeds({ terraform: '1.9.8' }, { terraform: 'latest', tflint: '' }), { terraform: '1.9.8', tflint: 'latest' });
  });
  it('a parent constraint is policy: a concrete child must satisfy it', () => {
    assert.deepEqual(mergeToolNeeds({ terraform: '~> 1.9' }, { terraform: '1.9.8' }), { terraform: '1.9.8' });
    assert.throws(
      () => mergeToolNeeds({ terraform: '~> 1.9' }, { terraform: '2.0.0' }, 'workflows.x.dependencies.tools'),
      (e: unknown) => e instanceof AtmosError && e.code === 'DEPENDENCY_CONSTRAINT' && /workflows\.x\.dependencies\.tools: terraform 2\.0\.0 must satisfy/.test(e.message),
    );
  });
  it('constraints on both sides are AND-combined', () => {
    assert.deepEqual(mergeToolNeeds({ terraform: '>= 1.5' }, { terraform: '< 1.10' }), { terraform: '>= 1.5, < 1.10' });
  });
  it('.tool-versions contributes each tool\'s first version', () => {
    assert.deepEqual(toolVersionsLayer({ terraform: ['1.10.3', '1.9.8'], helm: ['3.16.2'] }), { terraform: '1.10.3', helm: '3.16.2' });
  });
  it('component commands are read as tool@version', () => {
    assert.deepEqual(parseToolRef('helmfile@0.169.1'), { tool: 'helmfile', version: '0.169.1' });
    assert.deepEqual(parseToolRef('helmfile'), { tool: 'helmfile' });
  });
});

describe('steps', () => {
  it('strings are shell steps named stepN; maps keep their name and type', () => {
    assert.deepEqual(normalizeSteps(['echo a', { name: 'plan', command: 'terraform plan', type: 'atmos' }], 'workflows.w'), [
      { name: 'step1', command: 'echo a', type: 'shell' },
      { name: 'plan', command: 'terraform plan', type: 'atmos' },
    ]);
  });
  it('an unknown step type names the step', () => {
    assert.throws(() => normalizeSteps([{ command: 'x', type: 'docker' }], 'workflows.w'), /workflows\.w\.steps\[0\]: unknown step type "docker"/);
  });
  it('--from-step starts at the named step', () => {
    const steps = normalizeSteps(['a', 'b', 'c'], 'w');
    assert.deepEqual(stepsFrom(steps, 'step2', 'w').map((s) => s.command), ['b', 'c']);
    assert.throws(() => stepsFrom(steps, 'nope', 'w'), /has no step named "nope"/);
  });
});

describe('use: version switch decision', () => {
  it('switches only to another version, ignoring a leading v', () => {
    assert.deepEqual(decideSwitch('0.1.0', '0.2.0', {}), { switch: true, version: '0.2.0' });
    assert.equal(decideSwitch('0.1.0', 'v0.1.0', {}).switch, false);
    assert.equal(decideSwitch('0.1.0', undefined, {}).switch, false);
  });
  it('the loop guard stops a second switch', () => {
    const d = decideSwitch('0.1.0', '0.2.0', { [REEXEC_DEPTH_ENV]: '1' });
    assert.equal(d.switch, false);
    assert.match((d as { reason: string }).reason, /already switched/);
  });
  it('extensionless bundles get module detection on old Node 20', () => {
    assert.deepEqual(nodeArgsFor('/x/atmos-ts', '20.18.1'), ['--experimental-detect-module']);
    assert.deepEqual(nodeArgsFor('/x/atmos-ts', '20.19.0'), []);
    assert.deepEqual(nodeArgsFor('/x/atmos-ts.mjs', '20.18.1'), []);
  });
  it('global options are found before commander parses', () => {
    assert.deepEqual(scanGlobalOptions(['--config', 'a.yaml', '-C', 'dir', 'workflow', 'x']), { config: 'a.yaml', chdir: 'dir' });
    assert.deepEqual(scanGlobalOptions(['--config=b.yaml']), { config: 'b.yaml' });
    assert.equal(firstCommand(['--config', 'a.yaml', '--log-level', 'debug', 'deploy', 'x']), 'deploy');
  });
});
