// The CI cache engine: keys, what is archived, restore/save with write-once state, REST administration.

export { resolveCachePlan, type CacheOverrides, type CachePlan } from './plan.js';
export { restore, save, AutoCacheSession, inCi, isExactMatch, backendFor, type RestoreReport, type SaveReport } from './lifecycle.js';
export { hashFiles, renderKeyTemplate, pinsHash, validateKeys, defaultKeyPrefix } from './key.js';
export { resolveCachePaths, pathSelected, FORCED_EXCLUDES, type CachePaths } from './paths.js';
export { CacheRestClient, type CacheEntry } from './rest.js';
export { DirCacheBackend } from './backends/dir.js';
export { StoreCacheBackend, type StoreCacheEntry } from './backends/store.js';
export { storeBackend, type CacheBackendName } from './plan.js';
export { hasActionsRuntime } from './backends/github.js';
