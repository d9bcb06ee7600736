import type { RegistrySet, RegistrySetOptions } from './registry/types.js';

/**
 * Loaded on first use only (dynamic import), so warm paths (`exec`, `which`, `path`,
 * install-from-lock) never load the registry code or the Aqua index.
 */
export async function loadRegistrySet(options: RegistrySetOptions): Promise<RegistrySet> {
  const { createRegistrySet } = await import('./registry/index.js');
  return createRegistrySet(options);
}
