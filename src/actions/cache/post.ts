import * as core from '@actions/core';
import { errorMessage } from '../../common/errors.js';
import { save } from '../../cache/lifecycle.js';
import { ActionsLogger } from '../actionsLogger.js';
import { saveInPost } from '../common/savePolicy.js';
import { loadPlanState } from './planState.js';

/** Post phase: save under the key main resolved (write-once; skipped after an exact hit), under the `save` policy. Never fails the job. */
export async function runPost(): Promise<void> {
  const logger = new ActionsLogger();
  try {
    const state = loadPlanState();
    if (!state) {
      logger.info('Cache save skipped: the main step did not get far enough to resolve a key');
      return;
    }
    if (state.mode === 'restore-only') {
      logger.info('Cache save skipped: mode is restore-only');
      return;
    }
    if (!saveInPost(state.save, 'cache', logger)) return;
    await core.group('Save the cache', () => save(state.plan, { logger, env: process.env }));
  } catch (err) {
    core.warning(`Cache save failed: ${errorMessage(err)}`);
  }
}
