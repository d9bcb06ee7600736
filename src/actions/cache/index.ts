/**
 * One bundle for both phases (like actions/checkout): main saves `isPost` in the
 * action's state, the runner hands it back as STATE_isPost to the post phase.
 */

import * as core from '@actions/core';
import { runMain } from './main.js';
import { runPost } from './post.js';

if (core.getState('isPost') === 'true') {
  await runPost();
} else {
  core.saveState('isPost', 'true');
  await runMain();
}
