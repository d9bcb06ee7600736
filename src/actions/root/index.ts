// Bundle entry of the root action: run the phase the runner asked for, the CLI bundle beside it serving the proxy.
import { runnerContext } from '../common/coreIO.js';
import { runPhases } from '../common/phase.js';
import { cliBundleBeside } from '../tf-mirror/mirror.js';
import { rootAction } from './action.js';

await runPhases(rootAction([cliBundleBeside(import.meta.dirname)]), runnerContext());
