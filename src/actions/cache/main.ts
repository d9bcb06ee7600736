import * as core from '@actions/core';
import { AtmosError, formatError } from '../../common/errors.js';
import { loadConfig } from '../../config/load.js';
import { restore } from '../../cache/lifecycle.js';
import { resolveCachePlan } from '../../cache/plan.js';
import { ActionsLogger } from '../actionsLogger.js';
import { readInputs } from './inputs.js';
import { savePlanState } from './planState.js';

/**
 * Main phase: resolve the key once, restore (unless save-only), hand the plan to post.
 * Outputs carry our names and actions/cache's (`cache-primary-key`, `cache-matched-key`).
 */
export async function runMain(): Promise<void> {
  const logger = new ActionsLogger();
  try {
    const inputs = readInputs();
    const loaded = loadConfig({ configPath: inputs.config, cwd: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env, logger });
    const plan = await resolveCachePlan(loaded, { key: inputs.key, restoreKeys: inputs.restoreKeys }, logger);
    setKeyOutputs(plan.key, undefined);
    savePlanState(plan, inputs.mode, inputs.save);
    if (inputs.mode === 'save-only') {
      core.setOutput('cache-hit', 'false');
      return;
    }
    const report = await core.group('Restore the cache', () => restore(plan, { logger, env: process.env, lookupOnly: inputs.lookupOnly }));
    const hit = report.outcome === 'exact' || (report.outcome === 'skipped' && report.matchedKey === plan.key);
    core.setOutput('cache-hit', hit ? 'true' : 'false');
    setKeyOutputs(plan.key, report.matchedKey);
    if (inputs.failOnCacheMiss && !report.matchedKey) {
      throw new AtmosError(`no cache entry matches ${plan.key}`, {
        code: 'CACHE_MISS',
        context: { 'restore keys': plan.restoreKeys.join(', ') },
        hint: 'fail-on-cache-miss is set: run the job that saves this cache first, or drop the input.',
      });
    }
  } catch (err) {
    core.setFailed(formatError(err));
  }
}

function setKeyOutputs(key: string, matched: string | undefined): void {
  core.setOutput('key', key);
  core.setOutput('cache-primary-key', key);
  core.setOutput('matched-key', matched ?? '');
  core.setOutput('cache-matched-key', matched ?? '');
}
