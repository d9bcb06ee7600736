import path from 'node:path';
import type { Logger } from '../common/logger.js';
import type { ToolchainManager } from '../toolchain/index.js';
import { ensureNeeds, type NeedsToolchain } from './ensureNeeds.js';
import { parseToolRef } from './toolNeeds.js';

export interface ComponentTool {
  /** Executable to spawn (absolute when the toolchain provides it). */
  file: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Resolve `components.<kind>.command` (`helmfile`, `helmfile@0.169.1`, `/usr/bin/helmfile`)
 * to an executable: with a version, install it through the toolchain; without one, use
 * the `.tool-versions` pin when there is one, else PATH. `.tool-versions` tools are put
 * first on PATH either way (helmfile runs helm, terraform may run tflint, …).
 */
export async function resolveComponentTool(
  command: string,
  toolchain: NeedsToolchain & Pick<ToolchainManager, 'binaryFor'>,
  options: { where: string; logger: Logger; env: NodeJS.ProcessEnv },
): Promise<ComponentTool> {
  const ref = parseToolRef(command);
  if (path.isAbsolute(ref.tool)) return { file: ref.tool, env: options.env };
  const prepared = await ensureNeeds(toolchain, [{ needs: ref.version ? { [ref.tool]: ref.version } : {}, where: options.where }], {
    label: ref.tool,
    logger: options.logger,
    env: options.env,
  });
  const version = prepared.versions[ref.tool];
  if (!version) return { file: ref.tool, env: prepared.env };
  const file = await toolchain.binaryFor({ tool: ref.tool, version }, { binary: path.basename(ref.tool) });
  return { file, env: prepared.env };
}
