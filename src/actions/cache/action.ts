// actions/cache's phases, for runPhases (index.ts) and for tests that run them in-process.
import type { ActionPhases } from '../common/phase.js';
import { runMain } from './main.js';
import { runPost } from './post.js';

/** actions/cache: main resolves the key and restores; post saves. */
export const cacheAction: ActionPhases = { main: runMain, post: runPost };
