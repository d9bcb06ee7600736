import type { Logger } from '../common/logger.js';
import type { ToolchainManager } from '../toolchain/index.js';
import { mergeToolNeeds, toolVersionsLayer, type ToolNeeds, type ToolNeedsLayer } from './toolNeeds.js';
import { withPathFirst } from './toolEnv.js';

export interface NeedsLayer {
  needs: ToolNeedsLayer | undefined;
  /** Config path for messages, e.g. `workflows.deploy.dependencies.tools`. */
  where: string;
}

export type NeedsToolchain = Pick<ToolchainManager, 'configuredVersions' | 'ensureTools'>;

export interface PreparedTools {
  /** The merged needs that were installed. */
  needs: ToolNeeds;
  /** tool → exact version chosen. */
  versions: Record<string, string>;
  pathDirs: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Install everything a workflow or command needs BEFORE its first step: `.tool-versions`
 * is the default layer, then each `dependencies.tools` layer (outer → inner). Any install
 * failure throws here, so no step ever runs with a missing tool.
 */
export async function ensureNeeds(
  toolchain: NeedsToolchain,
  layers: NeedsLayer[],
  options: { label: string; logger: Logger; env: NodeJS.ProcessEnv },
): Promise<PreparedTools> {
  let needs = toolVersionsLayer(await toolchain.configuredVersions());
  for (const layer of layers) if (layer.needs) needs = mergeToolNeeds(needs, layer.needs, layer.where);
  const names = Object.keys(needs);
  if (names.length === 0) return { needs, versions: {}, pathDirs: [], env: options.env };
  const task = options.logger.task(`Installing ${names.length} tool(s) for ${options.label}: ${names.join(', ')}`, {
    total: names.length,
    unit: 'items',
  });
  try {
    const result = await toolchain.ensureTools(needs);
    const installed = result.outcomes.filter((o) => o.status === 'installed').length;
    task.succeed(
      `Tools for ${options.label}: ${Object.entries(result.versions)
        .map(([t, v]) => `${t} ${v}`)
        .join(', ')}${installed ? ` (${installed} installed)` : ' (all already installed)'}`,
    );
    return { needs, versions: result.versions, pathDirs: result.pathDirs, env: withPathFirst(options.env, result.pathDirs) };
  } catch (err) {
    task.fail(`Could not install the tools for ${options.label}; no step was run`);
    throw err;
  }
}
