import { runnerContext } from '../common/coreIO.js';
import { runPhases } from '../common/phase.js';
import { tfMirrorAction } from './action.js';
import { cliBundleBeside } from './mirror.js';

await runPhases(tfMirrorAction([cliBundleBeside(import.meta.dirname)]), runnerContext());
