import * as core from '@actions/core';
import { ActionsLogger } from '../actionsLogger.js';
import { boolInput } from '../common/inputs.js';
import { runPhases } from '../common/phase.js';
import { saveInPost } from '../common/savePolicy.js';
import { addToPath, readSetupInputs, saveToolchainCache, setupToolchain } from '../setup-toolchain/setup.js';
import { cliBundleBeside, exportMirror, readMirrorInputs, startMirror, stopMirror } from '../tf-mirror/mirror.js';
import { readRootCacheInputs, restoreRootCache, saveRootCache } from './rootCache.js';

/**
 * The root action: one step for the common case. Main: restore the whole cache root
 * (`cache`), install the pinned tools (`toolchain-*`), start the registry cache
 * (`mirror: true`, `mirror-*`). Post (always, to stop the proxy): stop it and report, then
 * save the caches under their save policies — `on-success` only when the job has not
 * failed, as actions/cache (see common/savePolicy.ts).
 * With `cache: true` the toolchain and registry caches default to off (the cache root
 * holds both); set `toolchain-cache`/`mirror-cache` to use their finer keys instead.
 */
const ctx = () => ({ logger: new ActionsLogger(), env: process.env, cwd: process.cwd() });

await runPhases({
  async main() {
    const c = ctx();
    const wholeCache = boolInput('cache', false);
    const useToolchain = boolInput('toolchain', true);
    const useMirror = boolInput('mirror', false);
    core.saveState('parts', JSON.stringify({ wholeCache, useMirror }));

    if (wholeCache) {
      const r = await restoreRootCache(readRootCacheInputs(), c);
      core.setOutput('cache-hit', String(r.hit));
      if (r.key) {
        core.setOutput('cache-key', r.key);
        core.setOutput('cache-primary-key', r.key);
      }
      core.setOutput('cache-matched-key', r.matchedKey ?? '');
    }
    if (useToolchain) {
      const inputs = readSetupInputs('toolchain-', { cache: !wholeCache });
      if (inputs.githubToken) core.setSecret(inputs.githubToken);
      const result = await setupToolchain(inputs, c);
      addToPath(result.pathDirs);
      core.setOutput('tools', JSON.stringify(result.tools));
      core.setOutput('toolchain-cache-hit', String(result.cacheHit));
      core.setOutput('install-root', result.installRoot);
      if (result.cacheKey && !result.cacheHit) {
        // always: the install root is final now; on-success: post decides with the job's status.
        if (inputs.save === 'always') await saveToolchainCache(inputs, result.cacheKey, c);
        else if (inputs.save === 'on-success') {
          core.saveState('toolchain-cache-key', result.cacheKey);
          core.saveState('install-root', result.installRoot);
        }
      }
    }
    if (useMirror) {
      const started = await startMirror(readMirrorInputs('mirror-', { cache: !wholeCache }), { ...c, cliBundle: cliBundleBeside(import.meta.dirname) });
      exportMirror(started.announcement);
      core.setOutput('mirror-url', started.announcement.url);
      core.setOutput('cli-config', started.announcement.cliConfig);
    }
  },
  async post() {
    const c = ctx();
    const parts = JSON.parse(core.getState('parts') || '{}') as { wholeCache?: boolean; useMirror?: boolean };
    // Stop the proxy first: its report and its last objects belong in the saved cache.
    if (parts.useMirror) await stopMirror(c);
    const toolchainKey = core.getState('toolchain-cache-key');
    if (toolchainKey && saveInPost('on-success', 'toolchain cache', c.logger)) {
      const inputs = readSetupInputs('toolchain-');
      await saveToolchainCache({ ...inputs, installRoot: core.getState('install-root') || inputs.installRoot }, toolchainKey, c);
    }
    if (parts.wholeCache) await saveRootCache(readRootCacheInputs(), c);
  },
});
