/**
 * Loaded on first use only (dynamic import), so warm paths (`exec`, `which`, `path`,
 * install-from-lock) never load the registry code or the Aqua index.
 */

import type { RegistrySet, RegistrySetOptions } from './registry/types.js';

export async function loadRegistrySet(options: RegistrySetOptions): Promise<RegistrySet> {
  const { createRegistrySet } = await import('./registry/index.js');
  return createRegistrySet(options);
}
