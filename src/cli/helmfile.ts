import type { Command } from 'commander';
import { onPath, resolveComponentTool } from '../workflow/index.js';
import type { CliContext } from './context.js';

/**
 * `atmos-ts helmfile <args…>`: run helmfile as `components.helmfile.command` names it
 * (e.g. `helmfile@0.169.1`, installed through the toolchain), with the `.tool-versions`
 * tools (helm, its plugins' tools) first on PATH. Arguments pass through untouched.
 */
export function registerHelmfileCommands(program: Command, getContext: () => CliContext): void {
  program
    .command('helmfile')
    .description('run helmfile (components.helmfile.command, installed on demand) with the pinned tools on PATH')
    .argument('[args...]', 'helmfile arguments, e.g. diff -e dev')
    .allowUnknownOption()
    .helpOption(false)
    .passThroughOptions()
    .action(async (args: string[]) => {
      const ctx = getContext();
      const config = ctx.config();
      const [{ createToolchain, runTool, exitCodeFor }, { requireOnPath }] = await Promise.all([
        import('../toolchain/index.js'),
        import('./componentCommand.js'),
      ]);
      const toolchain = await createToolchain({ config, logger: ctx.logger });
      const command = config.values.components?.helmfile?.command ?? 'helmfile';
      const tool = await resolveComponentTool(command, toolchain, {
        where: 'components.helmfile.command',
        logger: ctx.logger,
        env: ctx.env,
      });
      requireOnPath(tool.file, tool.env, 'components.helmfile.command', 'helmfile@0.169.1');
      if (!onPath('helm', tool.env)) {
        ctx.logger.warn('helmfile runs helm, which is not on PATH: pin it in .tool-versions (e.g. "helm 3.16.2")');
      }
      const exit = await runTool(tool.file, args, { env: tool.env });
      process.exitCode = exitCodeFor(exit);
    });
}
