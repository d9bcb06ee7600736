import { Command, CommanderError } from 'commander';
import { AtmosError, formatError } from '../common/errors.js';
import { createContext, type CliContext, type GlobalOptions } from './context.js';
import { registerCiCommands } from './ci.js';
import { registerTerraformCommands } from './terraform.js';
import { registerToolchainCommands } from './toolchain.js';
import { registerWorkflowCommands } from './workflow.js';
import { VERSION } from '../version.js';

/**
 * Commander wiring only: parse → call an engine → render. Each area registers its
 * commands from its own file; the context (logger, config) is created once, lazily.
 */
export function buildProgram(getContext: () => CliContext): Command {
  const program = new Command('atmos-ts')
    .description('Toolchain installer, CI cache and Terraform registry cache for Terraform/OpenTofu pipelines')
    .version(VERSION, '-v, --version')
    .option('--config <path>', 'atmos.yaml file or directory (env ATMOS_CLI_CONFIG_PATH)')
    .option('--log-level <level>', 'debug|info|warn|error (env ATMOS_LOGS_LEVEL); debug also prints stacks')
    .option('-C, --chdir <dir>', 'run as if started in <dir>')
    .showHelpAfterError()
    .enablePositionalOptions();
  registerToolchainCommands(program, getContext);
  registerTerraformCommands(program, getContext);
  registerCiCommands(program, getContext);
  registerWorkflowCommands(program, getContext);
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  let ctx: CliContext | undefined;
  let program: Command | undefined;
  const getContext = () => {
    ctx ??= createContext(program!.opts<GlobalOptions>());
    return ctx;
  };
  program = buildProgram(getContext);
  program.exitOverride();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help / --version exit 0; usage errors were already printed by commander.
      return err.exitCode;
    }
    const debug = (program.opts<GlobalOptions>().logLevel ?? process.env.ATMOS_LOGS_LEVEL ?? '').toLowerCase() === 'debug';
    process.stderr.write(`${formatError(err, debug || !(err instanceof AtmosError))}\n`);
    return err instanceof AtmosError ? err.exitCode : 1;
  }
}
