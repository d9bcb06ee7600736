// actions/cache's main phase: resolve the key, restore, hand the plan to post.
import { AtmosError } from '../../common/errors.js';
import { loadConfig } from '../../config/index.js';
import { restore, resolveCachePlan } from '../../cache/index.js';
import type { ActionContext, ActionIO } from '../common/io.js';
import { OUTPUT } from './constants.js';
import { readInputs } from './inputs.js';
import { savePlanState } from './planState.js';

/**
 * Main phase: resolve the key once, restore (unless save-only), hand the plan to post.
 * Outputs carry our names and actions/cache's (`cache-primary-key`, `cache-matched-key`).
 */
export async function runMain(ctx: ActionContext): Promise<void> {
  const { io, logger, env } = ctx;
  const inputs = readInputs(io);
  const loaded = loadConfig({ configPath: inputs.config, cwd: env.GITHUB_WORKSPACE || ctx.cwd, env, logger });
  const plan = await resolveCachePlan(loaded, { key: inputs.key, restoreKeys: inputs.restoreKeys, store: inputs.store }, logger);
  setKeyOutputs(io, plan.key, undefined);
  savePlanState(io, plan, inputs.mode, inputs.save);
  if (inputs.mode === 'save-only') {
    io.setOutput(OUTPUT.cacheHit, 'false');
    return;
  }
  const report = await io.group('Restore the cache', () => restore(plan, { logger, env, lookupOnly: inputs.lookupOnly }));
  const hit = report.outcome === 'exact' || (report.outcome === 'skipped' && report.matchedKey === plan.key);
  io.setOutput(OUTPUT.cacheHit, hit ? 'true' : 'false');
  setKeyOutputs(io, plan.key, report.matchedKey);
  if (inputs.failOnCacheMiss && !report.matchedKey) {
    throw new AtmosError(`no cache entry matches ${plan.key}`, {
      code: 'CACHE_MISS',
      context: { 'restore keys': plan.restoreKeys.join(', ') },
      hint: 'fail-on-cache-miss is set: run the job that saves this cache first, or drop the input.',
    });
  }
}

function setKeyOutputs(io: ActionIO, key: string, matched: string | undefined): void {
  io.setOutput(OUTPUT.key, key);
  io.setOutput(OUTPUT.cachePrimaryKey, key);
  io.setOutput(OUTPUT.matchedKey, matched ?? '');
  io.setOutput(OUTPUT.cacheMatchedKey, matched ?? '');
}
