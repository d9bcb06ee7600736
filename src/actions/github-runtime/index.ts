// Bundle entry of actions/github-runtime: run its phase over @actions/core.
import { runnerContext } from '../common/coreIO.js';
import { runPhases } from '../common/phase.js';
import { githubRuntimeAction } from './action.js';

await runPhases(githubRuntimeAction, runnerContext());
