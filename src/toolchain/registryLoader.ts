import type { RegistrySet, RegistrySetOptions } from './registry/types.js';

/**
 * Loaded on first use only, so warm paths (`exec`, `which`, `path`, install-from-lock)
 * never pay for the registry code or the Aqua index.
 */
export async function loadRegistrySet(options: RegistrySetOptions): Promise<RegistrySet> {
  // TODO(B1): switch to a static specifier once registry/index.ts lands (ncc needs it to bundle).
  const specifier = './registry/index.js';
  const mod = (await import(specifier)) as { createRegistrySet: (o: RegistrySetOptions) => Promise<RegistrySet> | RegistrySet };
  return mod.createRegistrySet(options);
}
