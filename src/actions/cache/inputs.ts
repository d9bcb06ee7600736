// actions/cache's inputs (names in constants.ts), parsed once with the shared parsers.
import { boolInput, enumInput, linesInput, stringInput } from '../common/inputs.js';
import type { ActionIO } from '../common/io.js';
import { INPUT } from './constants.js';

export const CACHE_MODES = ['restore-and-save', 'restore-only', 'save-only'] as const;
export type CacheMode = (typeof CACHE_MODES)[number];

export interface CacheActionInputs {
  mode: CacheMode;
  lookupOnly: boolean;
  failOnCacheMiss: boolean;
  save: 'on-success' | 'always';
  key?: string;
  restoreKeys?: string[];
  config?: string;
  /** Object store URL: the CI cache lives there instead of the GitHub cache. */
  store?: string;
}

export function readInputs(io: ActionIO): CacheActionInputs {
  const restoreKeys = linesInput(io, INPUT.restoreKeys);
  return {
    mode: enumInput(io, INPUT.mode, CACHE_MODES, 'restore-and-save'),
    lookupOnly: boolInput(io, INPUT.lookupOnly, false),
    failOnCacheMiss: boolInput(io, INPUT.failOnCacheMiss, false),
    save: enumInput(io, INPUT.save, ['on-success', 'always'] as const, 'on-success'),
    key: stringInput(io, INPUT.key) || undefined,
    restoreKeys: restoreKeys.length ? restoreKeys : undefined,
    config: stringInput(io, INPUT.config) || undefined,
    store: stringInput(io, INPUT.store) || undefined,
  };
}
