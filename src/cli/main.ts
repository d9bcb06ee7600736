/**
 * Commander wiring only: parse → call an engine → render. Each area registers its
 * commands from its own file; the context (logger, config) is created once, lazily.
 */

import { Command, CommanderError, Option } from 'commander';
import { AtmosError, formatError } from '../common/errors.js';
import { createContext, LOG_LEVELS, logLevelFor, type CliContext, type GlobalOptions } from './context.js';
import { registerCiCommands, withAutoCache } from './ci.js';
import { registerBundleCommands } from './bundle.js';
import { registerTerraformCommands } from './terraform.js';
import { registerToolchainCommands } from './toolchain.js';
import { registerCustomCommands, registerWorkflowCommands } from './workflow.js';
import { registerHelmfileCommands } from './helmfile.js';
import { registerStoreCommands } from './store.js';
import { registerCompletionCommand } from './completion.js';
import { reexecIfPinned } from '../workflow/index.js';
import { VERSION } from '../version.js';

export function buildProgram(getContext: () => CliContext): Command {
  const program = new Command('atmos-ts')
    .description('Toolchain installer, CI cache and Terraform registry cache for Terraform/OpenTofu pipelines')
    .version(VERSION, '-V, --version')
    .option('--config <path>', 'atmos.yaml file or directory (env ATMOS_CLI_CONFIG_PATH)')
    .addOption(new Option('--log-level <level>', 'messages on stderr from this level up (env ATMOS_LOGS_LEVEL); debug also prints stacks').choices(LOG_LEVELS))
    .addOption(new Option('-q, --quiet', 'only warnings and errors').conflicts('verbose'))
    .option('-v, --verbose', 'debug messages too (same as --log-level debug)')
    .option('-C, --chdir <dir>', 'run as if started in <dir>')
    .option('--offline', 'open no outbound connection; fail at once on anything not cached (env ATMOS_OFFLINE=1, atmos.yaml offline: true)')
    .showHelpAfterError()
    .enablePositionalOptions()
    // Before any subcommand exists: commander copies it into subcommands only at creation,
    // and without it `<cmd> --help` or a usage error calls process.exit() inside main().
    .exitOverride();
  registerToolchainCommands(program, getContext);
  registerTerraformCommands(program, getContext);
  registerCiCommands(program, getContext);
  registerBundleCommands(program, getContext);
  registerWorkflowCommands(program, getContext);
  registerHelmfileCommands(program, getContext);
  registerStoreCommands(program, getContext);
  // Last, so the scripts it prints include it.
  registerCompletionCommand(program);
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  // `use: <version>` in atmos.yaml / ATMOS_USE_VERSION: run that atmos-ts instead.
  const switched = await reexecIfPinned(argv);
  if (switched !== undefined) return switched;
  let ctx: CliContext | undefined;
  // getContext runs only after the program exists (while parsing), so the closure may name it.
  const getContext = () => {
    ctx ??= createContext(program.opts<GlobalOptions>());
    return ctx;
  };
  const program: Command = buildProgram(getContext);
  program.exitOverride();
  try {
    // Custom commands from atmos.yaml `commands:` become top-level commands.
    await registerCustomCommands(program, getContext, argv);
    // CI cache auto lifecycle (ci.cache.auto): restore before the command's action, save after.
    await withAutoCache(program, getContext, () => program.parseAsync(argv));
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help / --version exit 0; usage errors were already printed by commander.
      return err.exitCode;
    }
    const debug = logLevelFor(program.opts<GlobalOptions>()) === 'debug';
    process.stderr.write(`${formatError(err, debug || !(err instanceof AtmosError))}\n`);
    return err instanceof AtmosError ? err.exitCode : 1;
  }
}
