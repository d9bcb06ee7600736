import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AtmosError } from '../../src/common/errors.js';
import { customCommandTree, runCustomCommand } from '../../src/workflow/customCommands.js';
import { runWorkflow } from '../../src/workflow/workflows.js';
import { startProject } from '../support/workflowProject.js';

const p = await startProject();
for (const v of ['1.2.0', '1.3.1', '2.0.0']) p.publish('hello', v);
p.publish('greet', '0.5.0');

const self = { command: process.execPath, args: ['-e', ''] };
const read = (f: string) => readFileSync(path.join(p.dir, f), 'utf8').trim();

async function workflow(name: string, extra: Partial<Parameters<typeof runWorkflow>[0]> = {}) {
  return runWorkflow({ config: p.config(), name, toolchain: await p.toolchain(), logger: p.logger, env: p.env, cwd: p.dir, self, ...extra });
}

describe('workflows with tool needs', () => {
  it('installs the needed tools before the first step and puts them first on PATH', async () => {
    p.writeToolVersions('greet 0.5.0\n');
    p.writeConfig({
      workflows: {
        hi: {
          steps: ['hello --from-step > out-hello.txt', { name: 'second', command: 'greet twice > out-greet.txt' }],
          dependencies: { tools: { hello: '1.2.0' } },
        },
      },
    });
    await workflow('hi');
    assert.equal(read('out-hello.txt'), 'hello 1.2.0 --from-step');
    // .tool-versions is the default layer: greet is on PATH too.
    assert.equal(read('out-greet.txt'), 'greet 0.5.0 twice');
  });

  it('a tool that cannot be installed fails before any step runs', async () => {
    p.writeToolVersions('');
    p.writeConfig({
      workflows: { broken: { steps: ['touch step-ran'], dependencies: { tools: { hello: '9.9.9' } } } },
    });
    await assert.rejects(workflow('broken'), (e: unknown) => e instanceof AtmosError && /hello|9\.9\.9/.test(e.message));
    assert.equal(existsSync(path.join(p.dir, 'step-ran')), false);
    assert.ok(p.logger.records.some((r) => /no step was run/.test(r.message)));
  });

  it('a constraint resolves to the highest installed match without a download', async () => {
    p.writeToolVersions('');
    p.writeConfig({ workflows: { c: { steps: ['hello > out-c.txt'], dependencies: { tools: { hello: '>= 1.2' } } } } });
    // 1.2.0 is installed (first test); 1.3.1 and 2.0.0 exist upstream but are not installed.
    p.up.resetCounts();
    await workflow('c');
    assert.equal(read('out-c.txt'), 'hello 1.2.0');
    assert.equal(p.up.count('/acme/hello/releases/download/'), 0);
  });

  it('a constraint with no installed match installs the highest available release', async () => {
    p.writeConfig({ workflows: { c: { steps: ['hello > out-c2.txt'], dependencies: { tools: { hello: '~> 1.3' } } } } });
    await workflow('c');
    assert.equal(read('out-c2.txt'), 'hello 1.3.1');
  });

  it('a failing step stops the workflow with its exit code and a resume hint', async () => {
    p.writeConfig({ workflows: { f: { steps: ['true', { name: 'boom', command: 'exit 3' }, 'touch after-boom'] } } });
    await assert.rejects(
      workflow('f'),
      (e: unknown) => e instanceof AtmosError && e.exitCode === 3 && /step "boom" exited with code 3/.test(e.message) && /--from-step boom/.test(e.hint ?? ''),
    );
    assert.equal(existsSync(path.join(p.dir, 'after-boom')), false);
  });

  it('an unknown workflow lists the defined ones', async () => {
    await assert.rejects(workflow('nope'), /no workflow named "nope"/);
  });
});

describe('custom commands', () => {
  it('templates arguments and flags into steps and env, with tools from dependencies', async () => {
    p.writeToolVersions('');
    p.writeConfig({
      commands: [
        {
          name: 'say',
          arguments: [{ name: 'who', required: true }],
          flags: [
            { name: 'times', type: 'string', default: '1' },
            { name: 'loud', type: 'bool' },
          ],
          env: [{ key: 'GREETING', value: 'hi {{ .Arguments.who }}' }],
          dependencies: { tools: { greet: '0.5.0' } },
          steps: ['greet "{{ .Arguments.who }}" x{{ .Flags.times }} loud={{ .Flags.loud }} "$GREETING" > out-say.txt'],
        },
      ],
    });
    const [cmd] = customCommandTree(p.config().values.commands);
    await runCustomCommand(cmd, { toolchain: await p.toolchain(), logger: p.logger, env: p.env, cwd: p.dir, self, args: ['world'], flags: { loud: true } });
    assert.equal(read('out-say.txt'), 'greet 0.5.0 world x1 loud=true hi world');
  });

  it("nested commands inherit their parent's tool constraints", async () => {
    p.writeConfig({
      commands: [
        {
          name: 'outer',
          dependencies: { tools: { hello: '~> 1.2' } },
          commands: [{ name: 'inner', steps: ['hello > out-inner.txt'], dependencies: { tools: { hello: '2.0.0' } } }],
        },
      ],
    });
    const [outer] = customCommandTree(p.config().values.commands);
    await assert.rejects(
      runCustomCommand(outer.subcommands[0], { toolchain: await p.toolchain(), logger: p.logger, env: p.env, cwd: p.dir, self, args: [], flags: {} }),
      /hello 2\.0\.0 must satisfy the parent constraint "~> 1\.2"/,
    );
  });
});

describe('CLI', () => {
  it('atmos-ts <custom-command> parses arguments and flags and runs the steps', async () => {
    p.writeToolVersions('greet 0.5.0\n');
    p.writeConfig({
      commands: [
        {
          name: 'deploy',
          description: 'deploy a stack',
          arguments: [{ name: 'stack', required: true }],
          flags: [
            { name: 'region', shorthand: 'r', type: 'string', default: 'eu-west-1' },
            { name: 'dry', type: 'bool' },
          ],
          steps: ['greet {{ .Arguments.stack }} {{ .Flags.region }} {{ .Flags.dry }}'],
        },
      ],
      workflows: { w: { description: 'two steps', steps: ['greet one', 'hello two'], dependencies: { tools: { hello: '1.3.1' } } } },
    });
    const run = await p.cli(['deploy', 'prod', '-r', 'us-east-1', '--dry']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'greet 0.5.0 prod us-east-1 true');
    const wf = await p.cli(['workflow', 'w']);
    assert.equal(wf.code, 0, wf.stderr);
    assert.deepEqual(wf.stdout.trim().split('\n'), ['greet 0.5.0 one', 'hello 1.3.1 two']);
    const list = await p.cli(['workflow', '--list']);
    assert.equal(list.stdout.trim(), 'w\ttwo steps');
  });

  it('a missing required argument is a usage error and runs nothing', async () => {
    const run = await p.cli(['deploy']);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /missing required argument 'stack'/);
  });
});

describe('CLI with a broken atmos.yaml', () => {
  it('an unknown command reports the config error with file and line instead of "unknown command"', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(p.dir, 'atmos.yaml'), 'commands:\n  - name: ok\n    steps: [true]\nworkflows: [not, a, map]\n');
    const run = await p.cli(['ok']);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /atmos\.yaml/);
    assert.doesNotMatch(run.stderr, /unknown command/);
    p.writeConfig({});
  });
});
