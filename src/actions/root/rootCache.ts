import * as core from '@actions/core';
import { hasActionsRuntime, resolveCachePlan, restore, save } from '../../cache/index.js';
import { errorMessage } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import { loadConfig } from '../../config/load.js';
import { enumInput, listInput, stringInput } from '../common/inputs.js';
import { SAVE_POLICIES, saveInPost, type SavePolicy } from '../common/savePolicy.js';

/**
 * The root action's `cache`: the CI cache engine over the whole cache root (`ci.cache`:
 * installed tools, registry cache, plugin cache …), key from the committed pins by default.
 */
export interface RootCacheInputs {
  key?: string;
  restoreKeys: string[];
  config?: string;
  save: SavePolicy;
}

export function readRootCacheInputs(): RootCacheInputs {
  return {
    key: stringInput('cache-key') || undefined,
    restoreKeys: listInput('cache-restore-keys'),
    config: stringInput('config') || undefined,
    save: enumInput('cache-save', SAVE_POLICIES, 'on-success'),
  };
}

const STATE_KEY = 'cache-key';

interface Ctx {
  logger: Logger;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

async function plan(inputs: RootCacheInputs, ctx: Ctx, key?: string) {
  const config = loadConfig({ configPath: inputs.config, cwd: ctx.cwd, env: ctx.env, logger: ctx.logger });
  return resolveCachePlan(config, { key: key ?? inputs.key, restoreKeys: inputs.restoreKeys.length ? inputs.restoreKeys : undefined }, ctx.logger);
}

/**
 * Restore; remembers the key for the post-phase save (the pins may change during the job).
 * `matchedKey` is the restored entry's key (primary or restore key), as actions/cache's
 * `cache-matched-key`.
 */
export async function restoreRootCache(inputs: RootCacheInputs, ctx: Ctx): Promise<{ key?: string; hit: boolean; matchedKey?: string }> {
  return core.group('Restore the cache root', async () => {
    if (!hasActionsRuntime(ctx.env)) {
      ctx.logger.info('cache: no Actions runtime in this environment; skipped');
      return { hit: false };
    }
    const p = await plan(inputs, ctx);
    core.saveState(STATE_KEY, p.key);
    try {
      const r = await restore(p, { logger: ctx.logger, env: ctx.env });
      return { key: p.key, hit: r.outcome === 'exact', matchedKey: r.matchedKey };
    } catch (err) {
      ctx.logger.warn(`cache restore failed: ${errorMessage(err)}`);
      return { key: p.key, hit: false };
    }
  });
}

/** Write-once save (skipped after an exact hit by the engine's job state), under the `cache-save` policy. Never fails the job. */
export async function saveRootCache(inputs: RootCacheInputs, ctx: Ctx): Promise<void> {
  const key = core.getState(STATE_KEY);
  if (!key) return;
  await core.group('Save the cache root', async () => {
    if (!saveInPost(inputs.save, 'cache root', ctx.logger)) return;
    try {
      await save(await plan(inputs, ctx, key), { logger: ctx.logger, env: ctx.env });
    } catch (err) {
      ctx.logger.warn(`cache save failed: ${errorMessage(err)}`);
    }
  });
}
