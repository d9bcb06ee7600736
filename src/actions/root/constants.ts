/**
 * Names of the root action's inputs, outputs and state. The toolchain and registry-cache
 * inputs are setup-toolchain's and tf-mirror's under a prefix.
 */
export const TOOLCHAIN_PREFIX = 'toolchain-';
export const MIRROR_PREFIX = 'mirror-';

export const INPUT = {
  cache: 'cache',
  toolchain: 'toolchain',
  mirror: 'mirror',
  cacheKey: 'cache-key',
  cacheRestoreKeys: 'cache-restore-keys',
  cacheSave: 'cache-save',
  config: 'config',
  pluginCache: 'plugin-cache',
} as const;

export const OUTPUT = {
  cacheHit: 'cache-hit',
  cacheKey: 'cache-key',
  cachePrimaryKey: 'cache-primary-key',
  cacheMatchedKey: 'cache-matched-key',
  tools: 'tools',
  toolchainCacheHit: 'toolchain-cache-hit',
  installRoot: 'install-root',
  mirrorUrl: 'mirror-url',
  cliConfig: 'cli-config',
} as const;

export const STATE = {
  /** Which parts main ran: `{ wholeCache, useMirror, pluginCache (the exported dir), cacheHit }`. */
  parts: 'parts',
  /** The cache root's key, resolved in main (the pins may change during the job). */
  cacheKey: 'cache-key',
  toolchainCacheKey: 'toolchain-cache-key',
  installRoot: 'install-root',
} as const;
