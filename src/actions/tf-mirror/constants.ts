/**
 * Names of actions/tf-mirror's inputs, outputs and state (the root action uses the same
 * inputs under its `mirror-` prefix, and the same state).
 */
export const INPUT = {
  mode: 'mode',
  metadataTtl: 'metadata-ttl',
  staleWhileRevalidate: 'stale-while-revalidate',
  hosts: 'hosts',
  upstreams: 'upstreams',
  cache: 'cache',
  save: 'save',
  config: 'config',
  /** Read by common/bundleInputs.ts (shared with tf-mirror / setup-toolchain). */
  bundle: 'bundle',
  offline: 'offline',
} as const;

export const OUTPUT = {
  url: 'url',
  cliConfig: 'cli-config',
  cacheHit: 'cache-hit',
} as const;

/** What main hands to post: enough to stop the proxy, remove our CA again and save the cache. */
export const STATE = {
  pid: 'mirror-pid',
  log: 'mirror-log',
  dir: 'mirror-dir',
  root: 'mirror-root',
  cacheKey: 'mirror-cache-key',
  trust: 'mirror-trust',
  inputs: 'mirror-config',
} as const;
