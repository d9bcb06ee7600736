import { AtmosError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { LoadedConfig } from '../config/index.js';
import { commandEnv } from './commandEnv.js';
import { ensureNeeds, type NeedsToolchain } from './ensureNeeds.js';
import { runSteps, type RunStepsOptions } from './runSteps.js';
import { normalizeSteps, stepsFrom } from './steps.js';
import { renderCommandTemplate } from './template.js';
import { declaredNeeds } from './toolNeeds.js';

export interface WorkflowRunOptions {
  config: LoadedConfig;
  name: string;
  toolchain: NeedsToolchain;
  logger: Logger;
  env: NodeJS.ProcessEnv;
  cwd: string;
  self: RunStepsOptions['self'];
  fromStep?: string;
  dryRun?: boolean;
}

/** `atmos-ts workflow <name>`: install the tools, then run the steps in order. */
export async function runWorkflow(options: WorkflowRunOptions): Promise<void> {
  const { config, name } = options;
  const workflows = config.values.workflows ?? {};
  const wf = workflows[name];
  if (!wf) {
    const known = Object.keys(workflows);
    throw new AtmosError(`no workflow named "${name}"`, {
      code: 'WORKFLOW_NOT_FOUND',
      explanation: known.length ? `Workflows in ${config.file ?? 'atmos.yaml'}: ${known.join(', ')}` : `${config.file ?? 'atmos.yaml'} defines no workflows.`,
      hint: 'Define it under `workflows:` in atmos.yaml, or run `atmos-ts workflow --list`.',
    });
  }
  const where = `workflows.${name}`;
  const steps = stepsFrom(normalizeSteps(wf.steps, where), options.fromStep, where);
  if (steps.length === 0) throw new AtmosError(`${where} has no steps`, { code: 'CONFIG_INVALID', hint: 'Add a `steps:` list.' });
  const data = { Arguments: {}, Flags: {}, Env: stringEnv(options.env) };
  const prepared = await ensureNeeds(options.toolchain, [declaredNeeds(wf, where)], {
    label: `workflow ${name}`,
    logger: options.logger,
    env: options.env,
  });
  await runSteps(
    steps.map((s, i) => ({ ...s, command: renderCommandTemplate(s.command, data, `${where}.steps[${i}]`) })),
    {
      label: `workflow ${name}`,
      env: { ...prepared.env, ...commandEnv(wf.env, data, where) },
      cwd: options.cwd,
      logger: options.logger,
      self: options.self,
      dryRun: options.dryRun,
    },
  );
}

export function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
