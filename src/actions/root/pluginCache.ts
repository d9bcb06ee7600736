/*
 * The root action's Terraform plugin cache: TF_PLUGIN_CACHE_DIR exported under the cache
 * root (so every root module of the job links one unpacked copy of each provider, and
 * `cache: true` carries it to the next job), and, before the cache root is saved, the
 * registry cache's provider zips that copy makes redundant left out (each provider stored
 * once, not twice).
 */

import path from 'node:path';
import type { CachePlan } from '../../cache/index.js';
import { errorMessage } from '../../common/errors.js';
import { loadConfig } from '../../config/index.js';
import { ensurePluginCacheDir, lockFileH1s, pluginCacheDir, pruneZipsHeldByPluginCache } from '../../mirror/index.js';
import { boolInput, stringInput } from '../common/inputs.js';
import type { ActionContext } from '../common/io.js';
import { INPUT } from './constants.js';

/**
 * Main, before anything is exported: the directory to export, or undefined when
 * `plugin-cache: false`, the user set TF_PLUGIN_CACHE_DIR (env or their CLI config's
 * `plugin_cache_dir`) or atmos.yaml says `components.terraform.plugin_cache: false`.
 */
export async function choosePluginCache(ctx: ActionContext): Promise<string | undefined> {
  if (!boolInput(ctx.io, INPUT.pluginCache, true)) return undefined;
  const config = loadConfig({ configPath: stringInput(ctx.io, INPUT.config) || undefined, cwd: ctx.cwd, env: ctx.env, logger: ctx.logger });
  const dir = await pluginCacheDir(config, ctx.env);
  if (!dir) ctx.logger.info('plugin cache: TF_PLUGIN_CACHE_DIR is already chosen (or plugin_cache is off); left as it is');
  return dir;
}

/** Create the directory (Terraform ignores a missing one) and export it to the rest of the job. */
export async function exportPluginCache(ctx: ActionContext, dir: string): Promise<void> {
  await ensurePluginCacheDir(dir);
  ctx.io.exportVariable('TF_PLUGIN_CACHE_DIR', dir);
  ctx.logger.info(`TF_PLUGIN_CACHE_DIR=${dir}`);
}

/** `child` is `parent` or inside it. */
function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** Whether `dir` is archived by the plan (inside its root and one of its includes). */
function archived(plan: CachePlan, dir: string): boolean {
  const root = plan.paths.root;
  return inside(root, dir) && plan.paths.includes.some((inc) => inside(path.join(root, inc), dir));
}

/**
 * Post, right before the cache root is saved: remove the provider zips the plugin cache holds
 * unpacked under a lock-file `h1:` (see pruneZipsHeldByPluginCache) — only when both
 * directories are in the archive, so nothing the archive would keep is lost. Never fails the job.
 */
export async function pruneDuplicateProviders(plan: CachePlan, pluginDir: string, registryRoot: string, ctx: ActionContext): Promise<void> {
  if (!archived(plan, pluginDir) || !archived(plan, registryRoot)) return;
  try {
    const pruned = await pruneZipsHeldByPluginCache(registryRoot, pluginDir, await lockFileH1s(ctx.cwd));
    if (pruned.removed.length) {
      ctx.logger.info(
        `plugin cache: ${pruned.removed.length} provider zip(s) (${(pruned.bytes / 1e6).toFixed(1)} MB) left out of the cache root; the plugin cache holds them unpacked under the lock files' h1 hashes`,
      );
    }
  } catch (err) {
    ctx.logger.warn(`plugin cache: could not leave the duplicate provider zips out: ${errorMessage(err)}`);
  }
}
