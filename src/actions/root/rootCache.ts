/*
 * The root action's `cache`: the CI cache engine over the whole cache root (`ci.cache`:
 * installed tools, registry cache, plugin cache …), key from the committed pins by default.
 */

import { hasActionsRuntime, resolveCachePlan, restore, save, type CachePlan } from '../../cache/index.js';
import { errorMessage } from '../../common/errors.js';
import { loadConfig } from '../../config/index.js';
import { enumInput, listInput, stringInput } from '../common/inputs.js';
import type { ActionContext, ActionIO } from '../common/io.js';
import { SAVE_POLICIES, saveInPost, type SavePolicy } from '../common/savePolicy.js';
import { INPUT, STATE } from './constants.js';

export interface RootCacheInputs {
  key?: string;
  restoreKeys: string[];
  config?: string;
  save: SavePolicy;
}

export function readRootCacheInputs(io: ActionIO): RootCacheInputs {
  return {
    key: stringInput(io, INPUT.cacheKey) || undefined,
    restoreKeys: listInput(io, INPUT.cacheRestoreKeys),
    config: stringInput(io, INPUT.config) || undefined,
    save: enumInput(io, INPUT.cacheSave, SAVE_POLICIES, 'on-success'),
  };
}

async function plan(inputs: RootCacheInputs, ctx: ActionContext, key?: string) {
  const config = loadConfig({ configPath: inputs.config, cwd: ctx.cwd, env: ctx.env, logger: ctx.logger });
  return resolveCachePlan(config, { key: key ?? inputs.key, restoreKeys: inputs.restoreKeys.length ? inputs.restoreKeys : undefined }, ctx.logger);
}

/**
 * Restore; remembers the key for the post-phase save (the pins may change during the job).
 * `matchedKey` is the restored entry's key (primary or restore key), as actions/cache's
 * `cache-matched-key`.
 */
export async function restoreRootCache(inputs: RootCacheInputs, ctx: ActionContext): Promise<{ key?: string; hit: boolean; matchedKey?: string }> {
  return ctx.io.group('Restore the cache root', async () => {
    if (!hasActionsRuntime(ctx.env)) {
      ctx.logger.info('cache: no Actions runtime in this environment; skipped');
      return { hit: false };
    }
    const p = await plan(inputs, ctx);
    ctx.io.saveState(STATE.cacheKey, p.key);
    try {
      const r = await restore(p, { logger: ctx.logger, env: ctx.env });
      return { key: p.key, hit: r.outcome === 'exact', matchedKey: r.matchedKey };
    } catch (err) {
      ctx.logger.warn(`cache restore failed: ${errorMessage(err)}`);
      return { key: p.key, hit: false };
    }
  });
}

/**
 * Write-once save (skipped after an exact hit by the engine's job state), under the
 * `cache-save` policy. Never fails the job. `beforeSave`: runs when a save is going to be
 * attempted, with the resolved plan (the plugin cache prunes duplicates there).
 */
export async function saveRootCache(inputs: RootCacheInputs, ctx: ActionContext, beforeSave?: (plan: CachePlan) => Promise<void>): Promise<void> {
  const key = ctx.io.getState(STATE.cacheKey);
  if (!key) return;
  await ctx.io.group('Save the cache root', async () => {
    if (!saveInPost(ctx.io, inputs.save, 'cache root', ctx.logger)) return;
    try {
      const p = await plan(inputs, ctx, key);
      if (beforeSave) await beforeSave(p);
      await save(p, { logger: ctx.logger, env: ctx.env });
    } catch (err) {
      ctx.logger.warn(`cache save failed: ${errorMessage(err)}`);
    }
  });
}
