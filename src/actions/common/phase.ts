import * as core from '@actions/core';
import { formatError } from '../../common/errors.js';

/**
 * One bundle serves an action's `main:` and `post:`. Main records `isPost` in the
 * action's state as its very first act, so the post phase is recognised even when main
 * failed half-way (the runner still runs post then, with the state saved so far).
 */
const POST_FLAG = 'isPost';

export function isPostPhase(): boolean {
  return core.getState(POST_FLAG) === 'true';
}

export interface ActionPhases {
  main(): Promise<void>;
  post?(): Promise<void>;
}

/** Run the phase the runner asked for; any error fails the step with a readable message. */
export async function runPhases(phases: ActionPhases): Promise<void> {
  const post = isPostPhase();
  try {
    if (post) {
      await phases.post?.();
    } else {
      core.saveState(POST_FLAG, 'true');
      await phases.main();
    }
  } catch (err) {
    core.setFailed(formatError(err, core.isDebug()));
  }
}
