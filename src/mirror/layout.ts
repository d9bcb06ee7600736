/**
 * Where the registry cache lives on disk and which of its paths hold secrets. Public (also
 * re-exported by index.ts) and deliberately light — config and paths only — so another
 * engine (the CI cache) can ask without loading the proxy, TLS and HCL code (~160 ms).
 */

import path from 'node:path';
import { expandPath } from '../common/paths.js';
import type { LoadedConfig } from '../config/index.js';

/** `components.terraform.cache.location`, default `<cache root>/terraform/registry`. */
export function registryCacheLocation(config: LoadedConfig): string {
  const location = config.values.components.terraform.cache.location;
  return location ? expandPath(location, config.baseDir) : path.join(config.cacheRoot, 'terraform', 'registry');
}

/** The TLS directory of a registry cache root (CA and server private keys). */
export function tlsDir(root: string): string {
  return path.join(root, 'tls');
}

/** Secret-bearing paths of the registry cache for this configuration: never archive or publish them. */
export function registryCacheSecretPaths(config: LoadedConfig): string[] {
  return [tlsDir(registryCacheLocation(config))];
}
