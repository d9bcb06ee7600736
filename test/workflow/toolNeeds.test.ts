import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/load.js';
import { MemoryLogger } from '../support/memoryLogger.js';
import { customCommandTree, runCustomCommand } from '../../src/workflow/customCommands.js';
import { runWorkflow } from '../../src/workflow/workflows.js';
import { tempDir } from '../support/tmp.js';
import { startProject } from '../support/workflowProject.js';
import { AtmosError } from '../../src/common/errors.js';
import { decideSwitch, nodeArgsFor, REEXEC_DEPTH_ENV } from '../../src/workflow/useVersion.js';
import { firstCommand, scanGlobalOptions } from '../../src/workflow/argvScan.js';
import { declaredNeeds, mergeToolNeeds, parseToolRef, toolVersionsLayer } from '../../src/workflow/toolNeeds.js';
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
      (e: unknown) =>
        e instanceof AtmosError && e.code === 'DEPENDENCY_CONSTRAINT' && /workflows\.x\.dependencies\.tools: terraform 2\.0\.0 must satisfy/.test(e.message),
    );
  });
  it('constraints on both sides are AND-combined', () => {
    assert.deepEqual(mergeToolNeeds({ terraform: '>= 1.5' }, { terraform: '< 1.10' }), { terraform: '>= 1.5, < 1.10' });
  });
  it(".tool-versions contributes each tool's first version", () => {
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
    assert.deepEqual(
      stepsFrom(steps, 'step2', 'w').map((s) => s.command),
      ['b', 'c'],
    );
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

function loadText(yaml: string, logger = new MemoryLogger()) {
  const dir = tempDir('atmos-needs-');
  writeFileSync(path.join(dir, 'atmos.yaml'), yaml);
  return { config: loadConfig({ cwd: dir, env: {}, logger }), logger };
}

describe('needs: — the seed spelling of dependencies.tools', () => {
  it('a list of tool@version and a map of tool: version both read as tool needs, versions kept as written', () => {
    const { config } = loadText(
      'workflows:\n  a:\n    needs: [terraform@1.10, tflint]\n    steps: [echo]\n' +
        'commands:\n  - name: plan\n    needs:\n      terraform: 1.10\n      helm: "~> 3.16"\n    steps: [echo]\n    commands:\n      - name: all\n        needs: [tflint@0.54.0]\n        steps: [echo]\n',
    );
    assert.deepEqual(config.values.workflows.a.needs, { terraform: '1.10', tflint: '' });
    const [plan] = customCommandTree(config.values.commands);
    assert.deepEqual(
      plan.needsLayers.map((l) => l.needs),
      [{ terraform: '1.10', helm: '~> 3.16' }],
    );
    assert.deepEqual(
      plan.subcommands[0].needsLayers.map((l) => [l.where, l.needs]),
      [
        ['commands[0].needs', { terraform: '1.10', helm: '~> 3.16' }],
        ['commands[0].commands[0].needs', { tflint: '0.54.0' }],
      ],
    );
  });

  it('needs and dependencies.tools combine; the same tool with two versions is an error naming both', () => {
    assert.deepEqual(declaredNeeds({ needs: { tflint: '' }, dependencies: { tools: { terraform: '1.9.8' } } }, 'workflows.x').needs, {
      tflint: '',
      terraform: '1.9.8',
    });
    assert.throws(
      () => declaredNeeds({ needs: { terraform: '1.10.0' }, dependencies: { tools: { terraform: '1.9.8' } } }, 'workflows.x'),
      (e: unknown) =>
        e instanceof AtmosError && /workflows\.x: terraform is asked for twice, 1\.10\.0 in needs and 1\.9\.8 in dependencies\.tools/.test(e.message),
    );
  });

  it('a needs value of the wrong shape is a config error with its line', () => {
    const dir = tempDir('atmos-needs-');
    writeFileSync(path.join(dir, 'atmos.yaml'), 'workflows:\n  a:\n    steps: [echo]\n    needs: terraform\n');
    assert.throws(
      () => loadConfig({ cwd: dir, env: {} }),
      (e: unknown) => e instanceof AtmosError && /atmos\.yaml:4: workflows\.a\.needs: must be a list of tool@version/.test(e.explanation!),
    );
  });

  it('unknown keys inside workflows and commands entries are warned about, with the nearest key', () => {
    const { config, logger } = loadText(
      'workflows:\n  a:\n    steps: [echo]\n    dependecies: {tools: {terraform: 1.9.8}}\n' +
        'commands:\n  - name: plan\n    steps: [echo]\n    need: [terraform]\n    commands:\n      - name: all\n        step: [echo]\n',
    );
    assert.deepEqual(
      config.warnings.map((w) => `${w.line} ${w.path}: ${w.message}`),
      [
        '4 workflows.a.dependecies: unknown key; did you mean "dependencies"?',
        '8 commands.0.need: unknown key; did you mean "needs"?',
        '11 commands.0.commands.0.step: unknown key; did you mean "steps"?',
      ],
    );
    assert.equal(logger.records.filter((r) => r.level === 'warn').length, 1, 'one message for the file');
  });
});

describe('needs: installs the tools before the steps run', async () => {
  const p = await startProject();
  p.publish('hello', '1.2.0');
  p.publish('greet', '0.5.0');
  const self = { command: process.execPath, args: ['-e', ''] };
  const read = (f: string) => readFileSync(path.join(p.dir, f), 'utf8').trim();

  it('a workflow with needs: [tool@version] runs its steps with that tool on PATH', async () => {
    p.writeToolVersions('');
    p.writeConfig({ workflows: { hi: { needs: ['hello@1.2.0'], steps: ['hello > out-needs.txt'] } } });
    await runWorkflow({ config: p.config(), name: 'hi', toolchain: await p.toolchain(), logger: p.logger, env: p.env, cwd: p.dir, self });
    assert.equal(read('out-needs.txt'), 'hello 1.2.0');
  });

  it('a custom command with needs: {tool: version} runs with that tool; a nested command inherits it', async () => {
    p.writeToolVersions('');
    p.writeConfig({
      commands: [
        {
          name: 'greetall',
          needs: { greet: '0.5.0' },
          steps: ['greet cmd > out-cmd.txt'],
          commands: [{ name: 'inner', steps: ['greet inner > out-inner.txt'] }],
        },
      ],
    });
    const [cmd] = customCommandTree(p.config().values.commands);
    const toolchain = await p.toolchain();
    await runCustomCommand(cmd, { toolchain, logger: p.logger, env: p.env, cwd: p.dir, self, args: [], flags: {} });
    await runCustomCommand(cmd.subcommands[0], { toolchain, logger: p.logger, env: p.env, cwd: p.dir, self, args: [], flags: {} });
    assert.equal(read('out-cmd.txt'), 'greet 0.5.0 cmd');
    assert.equal(read('out-inner.txt'), 'greet 0.5.0 inner');
  });
});
