// actions/setup-toolchain's phases, for runPhases (index.ts) and for in-process tests.
import type { ActionPhases } from '../common/phase.js';
import { saveInPost } from '../common/savePolicy.js';
import { STATE } from './constants.js';
import { readSetupInputs, saveToolchainCache, setupAndExpose } from './setup.js';

/**
 * actions/setup-toolchain. Main installs and puts tools on PATH; post saves the install
 * root to the Actions cache after a miss. `save: on-success` saves in post only when the
 * job has not failed (the `job-status` input, see common/savePolicy.ts); `save: always`
 * saves at the end of main, where the install root is already final.
 */
export const setupToolchainAction: ActionPhases = {
  async main(ctx) {
    const { io } = ctx;
    const inputs = readSetupInputs(io);
    const result = await setupAndExpose(inputs, ctx);
    io.saveState(STATE.installRoot, result.installRoot);
    if (!result.cacheKey || result.cacheHit) return;
    if (inputs.save === 'always') {
      await saveToolchainCache(inputs, result.cacheKey, ctx);
    } else if (inputs.save === 'on-success') {
      io.saveState(STATE.cacheKey, result.cacheKey);
    }
  },
  async post(ctx) {
    const { io, logger } = ctx;
    const key = io.getState(STATE.cacheKey);
    if (!key) {
      logger.info('toolchain cache: nothing to save (exact hit, caching off, or save policy)');
      return;
    }
    if (!saveInPost(io, 'on-success', 'toolchain cache', logger)) return;
    const inputs = readSetupInputs(io);
    await saveToolchainCache({ ...inputs, installRoot: io.getState(STATE.installRoot) || inputs.installRoot }, key, ctx);
  },
};
