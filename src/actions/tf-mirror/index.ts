// Bundle entry of actions/tf-mirror: run the phase the runner asked for, the CLI bundle beside it serving the proxy.
import { runnerContext } from '../common/coreIO.js';
import { runPhases } from '../common/phase.js';
import { tfMirrorAction } from './action.js';
import { cliBundleBeside } from './mirror.js';

await runPhases(tfMirrorAction([cliBundleBeside(import.meta.dirname)]), runnerContext());
