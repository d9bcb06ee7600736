import { AtmosError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { CustomCommandConfig } from '../config/index.js';
import { commandEnv } from './commandEnv.js';
import { ensureNeeds, type NeedsLayer, type NeedsToolchain } from './ensureNeeds.js';
import { runSteps, type RunStepsOptions } from './runSteps.js';
import { normalizeSteps, type Step } from './steps.js';
import { renderCommandTemplate, type CommandTemplateData } from './template.js';
import { declaredNeeds } from './toolNeeds.js';
import { stringEnv } from './workflows.js';

export interface CommandArgument {
  name: string;
  description?: string;
  required: boolean;
  default?: string;
}

export interface CommandFlag {
  name: string;
  shorthand?: string;
  description?: string;
  type: 'string' | 'bool';
  required: boolean;
  default?: string | boolean;
}

/** One node of the custom command tree, validated and with its `where` path for messages. */
export interface CustomCommand {
  name: string;
  description?: string;
  arguments: CommandArgument[];
  flags: CommandFlag[];
  steps: Step[];
  env: unknown;
  /** Needs of this command's ancestors first, then its own. */
  needsLayers: NeedsLayer[];
  subcommands: CustomCommand[];
  where: string;
}

/** Build the command tree from `commands:` (nested `commands:` inherit their parents' tool needs). */
export function customCommandTree(
  raw: readonly CustomCommandConfig[] | readonly unknown[] | undefined,
  parent?: { where: string; needsLayers: CustomCommand['needsLayers'] },
): CustomCommand[] {
  return (raw ?? []).map((entry, i) => {
    const c = (entry ?? {}) as CustomCommandConfig;
    const where = parent ? `${parent.where}.commands[${i}]` : `commands[${i}]`;
    if (!c.name || !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(c.name)) {
      throw new AtmosError(`${where}.name "${c.name ?? ''}" is not a valid command name`, {
        code: 'CONFIG_INVALID',
        hint: 'Use letters, digits, "-" and "_", e.g. name: deploy-all.',
      });
    }
    const needsLayers = [...(parent?.needsLayers ?? []), declaredNeeds(c, where)];
    return {
      name: c.name,
      description: c.description,
      arguments: (c.arguments ?? []).map((a) => ({ name: a.name ?? '', description: a.description, required: a.required ?? false, default: a.default })),
      flags: (c.flags ?? []).map((f) => ({
        name: f.name ?? '',
        shorthand: f.shorthand,
        description: f.description,
        type: f.type ?? 'string',
        required: f.required ?? false,
        default: f.default as string | boolean | undefined,
      })),
      steps: normalizeSteps(c.steps, where),
      env: c.env,
      needsLayers,
      subcommands: customCommandTree(c.commands as unknown[] | undefined, { where, needsLayers }),
      where,
    };
  });
}

export interface CustomCommandRunOptions {
  toolchain: NeedsToolchain;
  logger: Logger;
  env: NodeJS.ProcessEnv;
  cwd: string;
  self: RunStepsOptions['self'];
  /** Positional values in declaration order. */
  args: (string | undefined)[];
  flags: Record<string, string | boolean | undefined>;
  dryRun?: boolean;
}

/** Template data for a command: declared arguments/flags with defaults, unset ones as "". */
export function templateData(
  cmd: CustomCommand,
  args: (string | undefined)[],
  flags: Record<string, string | boolean | undefined>,
  env: NodeJS.ProcessEnv,
): CommandTemplateData {
  const Arguments: Record<string, string> = {};
  cmd.arguments.forEach((a, i) => {
    const v = args[i] ?? a.default;
    if (v === undefined && a.required) {
      throw new AtmosError(`missing required argument <${a.name}> for "${cmd.name}"`, { code: 'USAGE', exitCode: 2 });
    }
    Arguments[a.name] = v ?? '';
  });
  const Flags: Record<string, string | boolean> = {};
  for (const f of cmd.flags) {
    const v = flags[f.name] ?? f.default;
    if (v === undefined && f.required) {
      throw new AtmosError(`missing required flag --${f.name} for "${cmd.name}"`, { code: 'USAGE', exitCode: 2 });
    }
    Flags[f.name] = v ?? (f.type === 'bool' ? false : '');
  }
  return { Arguments, Flags, Env: stringEnv(env) };
}

/** Run a custom command: render its steps, install its tools, run the steps. */
export async function runCustomCommand(cmd: CustomCommand, options: CustomCommandRunOptions): Promise<void> {
  if (cmd.steps.length === 0) {
    throw new AtmosError(`command "${cmd.name}" has no steps`, {
      code: 'CONFIG_INVALID',
      hint: cmd.subcommands.length ? `Run one of its subcommands: ${cmd.subcommands.map((s) => s.name).join(', ')}` : `Add steps under ${cmd.where}.`,
    });
  }
  const data = templateData(cmd, options.args, options.flags, options.env);
  // Render before installing: a template mistake must not cost a download.
  const steps = cmd.steps.map((s, i) => ({ ...s, command: renderCommandTemplate(s.command, data, `${cmd.where}.steps[${i}]`) }));
  const env = commandEnv(cmd.env, data, cmd.where);
  const prepared = await ensureNeeds(options.toolchain, cmd.needsLayers, { label: `command ${cmd.name}`, logger: options.logger, env: options.env });
  await runSteps(steps, {
    label: `command ${cmd.name}`,
    env: { ...prepared.env, ...env },
    cwd: options.cwd,
    logger: options.logger,
    self: options.self,
    dryRun: options.dryRun,
  });
}
