// actions/cache's post phase: save under main's key, under the save policy.
import { errorMessage } from '../../common/errors.js';
import { save } from '../../cache/index.js';
import type { ActionContext } from '../common/io.js';
import { saveInPost } from '../common/savePolicy.js';
import { loadPlanState } from './planState.js';

/** Post phase: save under the key main resolved (write-once; skipped after an exact hit), under the `save` policy. Never fails the job. */
export async function runPost(ctx: ActionContext): Promise<void> {
  const { io, logger, env } = ctx;
  try {
    const state = loadPlanState(io);
    if (!state) {
      logger.info('Cache save skipped: the main step did not get far enough to resolve a key');
      return;
    }
    if (state.mode === 'restore-only') {
      logger.info('Cache save skipped: mode is restore-only');
      return;
    }
    if (!saveInPost(io, state.save, 'cache', logger)) return;
    await io.group('Save the cache', () => save(state.plan, { logger, env }));
  } catch (err) {
    logger.warn(`Cache save failed: ${errorMessage(err)}`);
  }
}
