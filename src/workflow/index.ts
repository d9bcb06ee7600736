// The workflow engine's public entry (the only module of src/workflow/ other layers import).
// The CLI imports it at start-up (`use:` re-exec, custom command discovery), so what it loads
// eagerly is kept small: the start-up pieces and PATH helpers are exported as they are; running a
// workflow, a custom command or a component tool (steps, templates, tool needs) is behind async
// functions that load their module on first call.
import type { Logger } from '../common/logger.js';
import type { CustomCommandConfig } from '../config/index.js';
import type { ToolchainManager } from '../toolchain/index.js';
import type { ComponentTool } from './componentTool.js';
import type { CustomCommand, CustomCommandRunOptions } from './customCommands.js';
import type { NeedsToolchain } from './ensureNeeds.js';
import type { WorkflowRunOptions } from './workflows.js';

export { REEXEC_DEPTH_ENV, reexecIfPinned } from './useVersion.js';
export { firstCommand } from './argvScan.js';
export { loadEarlyConfig } from './earlyConfig.js';
export { onPath, pathKey, withPathFirst } from './toolEnv.js';
export { parseToolRef } from './toolNeeds.js';
export type { CommandArgument, CommandFlag, CustomCommand, CustomCommandRunOptions } from './customCommands.js';
export type { WorkflowRunOptions } from './workflows.js';
export type { ComponentTool } from './componentTool.js';
export type { NeedsToolchain } from './ensureNeeds.js';

/** `commands:` of atmos.yaml as a tree of commands to register (loads the custom-command module). */
export async function customCommandTree(raw: readonly CustomCommandConfig[] | readonly unknown[] | undefined): Promise<CustomCommand[]> {
  return (await import('./customCommands.js')).customCommandTree(raw);
}

export async function runCustomCommand(cmd: CustomCommand, options: CustomCommandRunOptions): Promise<void> {
  return (await import('./customCommands.js')).runCustomCommand(cmd, options);
}

export async function runWorkflow(options: WorkflowRunOptions): Promise<void> {
  return (await import('./workflows.js')).runWorkflow(options);
}

/** `components.<kind>.command` as an executable and env (installing it through the toolchain when pinned). */
export async function resolveComponentTool(
  command: string,
  toolchain: NeedsToolchain & Pick<ToolchainManager, 'binaryFor'>,
  options: { where: string; logger: Logger; env: NodeJS.ProcessEnv },
): Promise<ComponentTool> {
  return (await import('./componentTool.js')).resolveComponentTool(command, toolchain, options);
}
