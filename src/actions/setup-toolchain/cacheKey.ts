/*
 * The install root's cache key: platform + the committed pins (`.tool-versions` and
 * `toolchain.lock.yaml`, hashed by the CI cache engine) + the extra `tools` input. It
 * differs from the CI cache's whole-root key (`atmos-cache-…`) so the two never collide.
 */

import { createHash } from 'node:crypto';
import type { Platform } from '../../common/platform.js';

export function toolchainKeyPrefix(platform: Platform): string {
  return `atmos-toolchain-${platform.os}-${platform.arch}-`;
}

export function toolchainCacheKey(platform: Platform, pinsHash: string, extraTools: readonly string[]): string {
  const h = createHash('sha256')
    .update(pinsHash)
    .update('\0')
    .update([...extraTools].sort().join('\n'));
  return `${toolchainKeyPrefix(platform)}${h.digest('hex').slice(0, 16)}`;
}
