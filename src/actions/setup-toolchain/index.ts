import * as core from '@actions/core';
import { ActionsLogger } from '../actionsLogger.js';
import { runPhases } from '../common/phase.js';
import { saveInPost } from '../common/savePolicy.js';
import { addToPath, readSetupInputs, saveToolchainCache, setupToolchain } from './setup.js';

/**
 * actions/setup-toolchain. Main installs and puts tools on PATH; post saves the install
 * root to the Actions cache after a miss. `save: on-success` saves in post only when the
 * job has not failed (the `job-status` input, see common/savePolicy.ts); `save: always`
 * saves at the end of main, where the install root is already final.
 */
const ctx = () => ({ logger: new ActionsLogger(), env: process.env, cwd: process.cwd() });

await runPhases({
  async main() {
    const inputs = readSetupInputs();
    // GitHub tokens are masked before anything can print them.
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    const c = ctx();
    const result = await setupToolchain(inputs, c);
    addToPath(result.pathDirs);
    core.setOutput('tools', JSON.stringify(result.tools));
    core.setOutput('cache-hit', String(result.cacheHit));
    core.setOutput('install-root', result.installRoot);
    core.saveState('install-root', result.installRoot);
    if (!result.cacheKey || result.cacheHit) return;
    if (inputs.save === 'always') {
      await saveToolchainCache(inputs, result.cacheKey, c);
    } else if (inputs.save === 'on-success') {
      core.saveState('cache-key', result.cacheKey);
    }
  },
  async post() {
    const key = core.getState('cache-key');
    const c = ctx();
    if (!key) {
      c.logger.info('toolchain cache: nothing to save (exact hit, caching off, or save policy)');
      return;
    }
    if (!saveInPost('on-success', 'toolchain cache', c.logger)) return;
    const inputs = readSetupInputs();
    await saveToolchainCache({ ...inputs, installRoot: core.getState('install-root') || inputs.installRoot }, key, c);
  },
});
