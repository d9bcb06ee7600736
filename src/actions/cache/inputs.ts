import * as core from '@actions/core';
import { AtmosError } from '../../common/errors.js';

export type CacheMode = 'restore-and-save' | 'restore-only' | 'save-only';

export interface CacheActionInputs {
  mode: CacheMode;
  lookupOnly: boolean;
  failOnCacheMiss: boolean;
  save: 'on-success' | 'always';
  key?: string;
  restoreKeys?: string[];
  config?: string;
}

function choice<T extends string>(name: string, allowed: readonly T[], dflt: T): T {
  const v = (core.getInput(name) || dflt).trim() as T;
  if (!allowed.includes(v)) {
    throw new AtmosError(`invalid input ${name}: "${v}"`, { code: 'INPUT_INVALID', hint: `Use one of: ${allowed.join(', ')}.` });
  }
  return v;
}

function bool(name: string): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  throw new AtmosError(`invalid input ${name}: "${v}"`, { code: 'INPUT_INVALID', hint: 'Use true or false.' });
}

export function readInputs(): CacheActionInputs {
  const restoreKeys = core.getMultilineInput('restore-keys').map((s) => s.trim()).filter(Boolean);
  return {
    mode: choice('mode', ['restore-and-save', 'restore-only', 'save-only'] as const, 'restore-and-save'),
    lookupOnly: bool('lookup-only'),
    failOnCacheMiss: bool('fail-on-cache-miss'),
    save: choice('save', ['on-success', 'always'] as const, 'on-success'),
    key: core.getInput('key').trim() || undefined,
    restoreKeys: restoreKeys.length ? restoreKeys : undefined,
    config: core.getInput('config').trim() || undefined,
  };
}
