/** Names of actions/cache's inputs, outputs and state. */
export const INPUT = {
  mode: 'mode',
  lookupOnly: 'lookup-only',
  failOnCacheMiss: 'fail-on-cache-miss',
  save: 'save',
  key: 'key',
  restoreKeys: 'restore-keys',
  config: 'config',
  store: 'store',
} as const;

/** Our names and actions/cache's (`cache-primary-key`, `cache-matched-key`). */
export const OUTPUT = {
  cacheHit: 'cache-hit',
  key: 'key',
  cachePrimaryKey: 'cache-primary-key',
  matchedKey: 'matched-key',
  cacheMatchedKey: 'cache-matched-key',
} as const;

export const STATE = {
  /** The plan main resolved (JSON, planState.ts). */
  plan: 'plan',
} as const;
