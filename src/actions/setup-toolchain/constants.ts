/**
 * Names of actions/setup-toolchain's inputs, outputs and state (the root action uses the
 * same inputs under its `toolchain-` prefix).
 */
export const INPUT = {
  toolVersions: 'tool-versions',
  tools: 'tools',
  config: 'config',
  installRoot: 'install-root',
  cache: 'cache',
  githubToken: 'github-token',
  verify: 'verify',
  save: 'save',
  /** Read by common/bundleInputs.ts (shared with tf-mirror / setup-toolchain). */
  bundle: 'bundle',
  offline: 'offline',
} as const;

export const OUTPUT = {
  tools: 'tools',
  cacheHit: 'cache-hit',
  installRoot: 'install-root',
} as const;

/** What main hands to post for the `save: on-success` save. */
export const STATE = {
  installRoot: 'install-root',
  cacheKey: 'cache-key',
} as const;
