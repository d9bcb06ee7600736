// Bundle entry of actions/setup-toolchain: run the phase the runner asked for over @actions/core.
import { runnerContext } from '../common/coreIO.js';
import { runPhases } from '../common/phase.js';
import { setupToolchainAction } from './action.js';

await runPhases(setupToolchainAction, runnerContext());
