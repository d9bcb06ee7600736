/*
 * One bundle serves an action's `main:` and `post:`. Main records `isPost` in the
 * action's state as its very first act, so the post phase is recognised even when main
 * failed half-way (the runner still runs post then, with the state saved so far).
 */

import { formatError } from '../../common/errors.js';
import type { ActionContext } from './io.js';

export const POST_FLAG = 'isPost';

export interface ActionPhases {
  main(ctx: ActionContext): Promise<void>;
  post?(ctx: ActionContext): Promise<void>;
}

/** Run the phase the runner asked for; any error fails the step with a readable message. */
export async function runPhases(phases: ActionPhases, ctx: ActionContext): Promise<void> {
  const { io } = ctx;
  const post = io.getState(POST_FLAG) === 'true';
  try {
    if (post) {
      await phases.post?.(ctx);
    } else {
      // An action without a post phase has nothing to tell apart (and no state to write).
      if (phases.post) io.saveState(POST_FLAG, 'true');
      await phases.main(ctx);
    }
  } catch (err) {
    io.setFailed(formatError(err, io.isDebug()));
  }
}
