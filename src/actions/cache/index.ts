// Bundle entry of actions/cache: run the phase the runner asked for over @actions/core.
import { runnerContext } from '../common/coreIO.js';
import { runPhases } from '../common/phase.js';
import { cacheAction } from './action.js';

await runPhases(cacheAction, runnerContext());
