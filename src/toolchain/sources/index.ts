/*
 * Where an install's bytes come from, one class per source (as setup-node does): the lock
 * when it records this version for the platform, else the registry. A new source (a
 * mirror, a local directory) is a new class here and one line in `installSource`.
 */
import type { Platform } from '../../common/platform.js';
import type { InstallSource } from '../install.js';
import type { ResolvedTool } from '../registry/types.js';
import type { LockSource } from './lock.js';
import type { RegistrySource } from './registry.js';

export { LockSource } from './lock.js';
export { RegistrySource } from './registry.js';

export async function installSource(
  sources: { lock: LockSource; registry: RegistrySource },
  tool: ResolvedTool,
  version: string,
  platform: Platform,
): Promise<InstallSource> {
  return sources.lock.sourceFor(tool, version, platform) ?? sources.registry.sourceFor(tool, version, platform);
}
