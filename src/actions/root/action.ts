// The root action's phases: cache root, toolchain and registry cache in one step.
import type { CachePlan } from '../../cache/index.js';
import { boolInput } from '../common/inputs.js';
import type { ActionPhases } from '../common/phase.js';
import { saveInPost } from '../common/savePolicy.js';
import { readSetupInputs, saveToolchainCache, setupAndExpose } from '../setup-toolchain/setup.js';
import { exportMirror, readMirrorInputs, startMirror, stopMirror } from '../tf-mirror/mirror.js';
import { INPUT, MIRROR_PREFIX, OUTPUT, STATE, TOOLCHAIN_PREFIX } from './constants.js';
import { choosePluginCache, exportPluginCache, pruneDuplicateProviders } from './pluginCache.js';
import { readRootCacheInputs, restoreRootCache, saveRootCache } from './rootCache.js';
import { STATE as MIRROR_STATE } from '../tf-mirror/constants.js';

/**
 * The root action: one step for the common case. Main: restore the whole cache root
 * (`cache`), install the pinned tools (`toolchain-*`), start the registry cache
 * (`mirror: true`, `mirror-*`). Post (always, to stop the proxy): stop it and report, then
 * save the caches under their save policies — `on-success` only when the job has not
 * failed, as actions/cache (see common/savePolicy.ts).
 * With `cache: true` the toolchain and registry caches default to off (the cache root
 * holds both); set `toolchain-cache`/`mirror-cache` to use their finer keys instead.
 * `plugin-cache` (default true): export TF_PLUGIN_CACHE_DIR under the cache root unless the
 * user chose one; before saving the cache root, the proxy's provider zips that the plugin
 * cache holds unpacked (under an h1 of a committed lock file) are left out, so each provider is stored once.
 * `cli`: node arguments that run the atmos-ts CLI (for the proxy).
 */
export function rootAction(cli: string[]): ActionPhases {
  return {
    async main(ctx) {
      const { io } = ctx;
      const wholeCache = boolInput(io, INPUT.cache, false);
      const useToolchain = boolInput(io, INPUT.toolchain, true);
      const useMirror = boolInput(io, INPUT.mirror, false);
      // Chosen before anything is exported: post sees our own TF_PLUGIN_CACHE_DIR in its env.
      const pluginCache = await choosePluginCache(ctx);
      let cacheHit = false;

      if (wholeCache) {
        const r = await restoreRootCache(readRootCacheInputs(io), ctx);
        cacheHit = r.hit;
        io.setOutput(OUTPUT.cacheHit, String(r.hit));
        if (r.key) {
          io.setOutput(OUTPUT.cacheKey, r.key);
          io.setOutput(OUTPUT.cachePrimaryKey, r.key);
        }
        io.setOutput(OUTPUT.cacheMatchedKey, r.matchedKey ?? '');
      }
      io.saveState(STATE.parts, JSON.stringify({ wholeCache, useMirror, pluginCache, cacheHit }));
      if (pluginCache) await exportPluginCache(ctx, pluginCache);
      if (useToolchain) {
        const inputs = readSetupInputs(io, TOOLCHAIN_PREFIX, { cache: !wholeCache });
        const result = await setupAndExpose(inputs, ctx, OUTPUT.toolchainCacheHit);
        if (result.cacheKey && !result.cacheHit) {
          // always: the install root is final now; on-success: post decides with the job's status.
          if (inputs.save === 'always') await saveToolchainCache(inputs, result.cacheKey, ctx);
          else if (inputs.save === 'on-success') {
            io.saveState(STATE.toolchainCacheKey, result.cacheKey);
            io.saveState(STATE.installRoot, result.installRoot);
          }
        }
      }
      if (useMirror) {
        const started = await startMirror(readMirrorInputs(io, MIRROR_PREFIX, { cache: !wholeCache }), ctx, cli);
        exportMirror(io, started.announcement);
        io.setOutput(OUTPUT.mirrorUrl, started.announcement.url);
        io.setOutput(OUTPUT.cliConfig, started.announcement.cliConfig);
      }
    },
    async post(ctx) {
      const { io, logger } = ctx;
      const parts = JSON.parse(io.getState(STATE.parts) || '{}') as { wholeCache?: boolean; useMirror?: boolean; pluginCache?: string; cacheHit?: boolean };
      // Stop the proxy first: its report and its last objects belong in the saved cache.
      if (parts.useMirror) await stopMirror(ctx);
      const toolchainKey = io.getState(STATE.toolchainCacheKey);
      if (toolchainKey && saveInPost(io, 'on-success', 'toolchain cache', logger)) {
        const inputs = readSetupInputs(io, TOOLCHAIN_PREFIX);
        await saveToolchainCache({ ...inputs, installRoot: io.getState(STATE.installRoot) || inputs.installRoot }, toolchainKey, ctx);
      }
      if (parts.wholeCache) {
        // A new entry stores each provider once: unpacked in the plugin cache, not also as the proxy's zip.
        const registryRoot = io.getState(MIRROR_STATE.root);
        const { pluginCache } = parts;
        const prune =
          pluginCache && registryRoot && !parts.cacheHit ? (plan: CachePlan) => pruneDuplicateProviders(plan, pluginCache, registryRoot, ctx) : undefined;
        await saveRootCache(readRootCacheInputs(io), ctx, prune);
      }
    },
  };
}
