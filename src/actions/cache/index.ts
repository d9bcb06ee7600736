import { runnerContext } from '../common/coreIO.js';
import { runPhases } from '../common/phase.js';
import { cacheAction } from './action.js';

await runPhases(cacheAction, runnerContext());
