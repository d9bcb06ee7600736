import { Command, Option } from 'commander';
import { ConsoleLogger } from '../common/consoleLogger.js';
import type { LoadedConfig } from '../config/index.js';
// A static import: the entry is in the start-up chunk already (main.ts), its heavy parts load on
// first call, and named imports let the bundler leave out the exports this file does not use.
import { customCommandTree, firstCommand, loadEarlyConfig, runCustomCommand, runWorkflow, type CustomCommand } from '../workflow/index.js';
import type { CliContext } from './context.js';
import { formatOption } from './options.js';
import { renderData, type OutputFormat } from './render.js';

/** How a `type: atmos` step runs this same CLI (same script, same config file). */
export function selfInvocation(config: LoadedConfig): { command: string; args: string[] } {
  const args = process.argv[1] ? [process.argv[1]] : [];
  if (config.file) args.push('--config', config.file);
  return { command: process.execPath, args };
}

async function toolchainFor(ctx: CliContext) {
  const { createToolchain } = await import('../toolchain/index.js');
  return createToolchain({ config: ctx.config(), logger: ctx.logger });
}

/** `atmos-ts workflow <name>`: install the workflow's tools, then run its steps. */
export function registerWorkflowCommands(program: Command, getContext: () => CliContext): void {
  program
    .command('workflow')
    .argument('[name]', 'the workflow to run (none: list them)')
    .description('run a workflow from atmos.yaml `workflows:` (its dependencies.tools are installed first)')
    .option('--list', 'list the workflows')
    .option('--from-step <step>', 'start at this step (resume after a failure)')
    .option('--dry-run', 'install the tools and print the steps without running them')
    .addOption(formatOption(['text', 'json', 'yaml'], { description: 'output format of --list' }))
    .action(async (name: string | undefined, opts: { list?: boolean; fromStep?: string; dryRun?: boolean; format: OutputFormat }) => {
      const ctx = getContext();
      const config = ctx.config();
      if (opts.list || !name) {
        const workflows = Object.entries(config.values.workflows ?? {});
        if (workflows.length === 0 && opts.format === 'text') ctx.logger.info(`${config.file ?? 'atmos.yaml'} defines no workflows`);
        const data = workflows.map(([n, wf]) => ({ name: n, description: wf.description ?? null }));
        ctx.out.write(await renderData(opts.format, data, () => data.map((w) => `${w.name}${w.description ? `\t${w.description}` : ''}\n`).join('')));
        return;
      }
      await runWorkflow({
        config,
        name,
        toolchain: await toolchainFor(ctx),
        logger: ctx.logger,
        env: ctx.env,
        cwd: process.cwd(),
        self: selfInvocation(config),
        fromStep: opts.fromStep,
        dryRun: opts.dryRun,
      });
    });
}

function flagOption(f: CustomCommand['flags'][number]): Option {
  const long = `--${f.name}`;
  const flags = `${f.shorthand ? `-${f.shorthand}, ` : ''}${long}${f.type === 'bool' ? '' : ' <value>'}`;
  const o = new Option(flags, f.description ?? '');
  if (f.default !== undefined) o.default(f.default);
  return o;
}

function addCustomCommand(parent: Command, cmd: CustomCommand, getContext: () => CliContext): void {
  const c = parent.command(cmd.name).description(cmd.description ?? `custom command from atmos.yaml (${cmd.where})`);
  for (const a of cmd.arguments) c.argument(a.required ? `<${a.name}>` : `[${a.name}]`, a.description ?? '', a.default);
  const options = cmd.flags.map((f) => {
    const o = flagOption(f);
    c.addOption(o);
    return { flag: f, attr: o.attributeName() };
  });
  for (const sub of cmd.subcommands) addCustomCommand(c, sub, getContext);
  if (cmd.steps.length === 0 && cmd.subcommands.length > 0) return;
  c.action(async (...actionArgs: unknown[]) => {
    const self = actionArgs[actionArgs.length - 1] as Command;
    const values = self.opts<Record<string, string | boolean | undefined>>();
    const ctx = getContext();
    await runCustomCommand(cmd, {
      toolchain: await toolchainFor(ctx),
      logger: ctx.logger,
      env: ctx.env,
      cwd: process.cwd(),
      self: selfInvocation(ctx.config()),
      args: (self.processedArgs as (string | undefined)[]).slice(0, cmd.arguments.length),
      flags: Object.fromEntries(options.map(({ flag, attr }) => [flag.name, values[attr]])),
    });
  });
}

/**
 * Custom commands (`commands:` in atmos.yaml) become top-level commands. The config is
 * read before parsing (`argv` as main() gets it); built-in commands win on a name clash.
 */
export async function registerCustomCommands(program: Command, getContext: () => CliContext, argv: readonly string[]): Promise<void> {
  const args = argv.slice(2);
  const builtins = new Set(program.commands.flatMap((c) => [c.name(), ...c.aliases()]).concat('help'));
  const first = firstCommand(args);
  // Built-in commands never need the custom ones: skip reading the config for them.
  if (first && builtins.has(first)) return;
  const config = loadEarlyConfig(args);
  // A broken atmos.yaml matters here only when the command may be one of its custom commands.
  if (config instanceof Error) {
    if (first) throw config;
    return;
  }
  if (!config.values.commands?.length) return;
  for (const cmd of await customCommandTree(config.values.commands)) {
    if (builtins.has(cmd.name)) {
      new ConsoleLogger({}).warn(`custom command "${cmd.name}" (${cmd.where}) clashes with a built-in command and is ignored`);
      continue;
    }
    addCustomCommand(program, cmd, getContext);
  }
}
