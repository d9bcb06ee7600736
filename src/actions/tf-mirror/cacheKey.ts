/*
 * Registry-cache keys. The proxy adds objects as a job runs, so a job that added any
 * saves a NEW entry (keys are write-once): the key ends in the run id and attempt, and
 * restore falls back to the newest entry for the same lock files, then for the platform.
 */

import type { Platform } from '../../common/platform.js';

export function registryKeyPrefix(platform: Platform): string {
  return `atmos-registry-${platform.os}-${platform.arch}-`;
}

export function registryCacheKeys(platform: Platform, lockHash: string, env: NodeJS.ProcessEnv): { key: string; restoreKeys: string[] } {
  const prefix = registryKeyPrefix(platform);
  const locks = `${prefix}${lockHash.slice(0, 16) || 'nolock'}-`;
  const run = `${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  return { key: `${locks}${run}`, restoreKeys: [locks, prefix] };
}

/** Terraform/OpenTofu dependency lock files in the workspace (not in .terraform/ module copies). */
export const LOCK_FILE_PATTERNS = ['**/.terraform.lock.hcl', '!**/.terraform/**', '!**/node_modules/**'];
