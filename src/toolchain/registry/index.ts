import { buildSources, createRegistrySetFrom } from './registrySet.js';
import type { RegistrySet, RegistrySetOptions } from './types.js';

export type { RegistrySet, RegistrySetOptions, ResolvedTool, VersionSource } from './types.js';
export { aquaSemverMatch, compareGoVersions, compareVersionStrings, goConstraintMatch, parseGoVersion } from './goVersion.js';
export { STANDARD_REGISTRY_REF, standardRegistryUrl } from './aquaRegistry.js';

/** The toolchain's registries, in priority order, behind one lookup API (see registrySet.ts). */
export function createRegistrySet(options: RegistrySetOptions): RegistrySet {
  const { sources, aliases } = buildSources(options);
  return createRegistrySetFrom(sources, aliases, options.config.env);
}
