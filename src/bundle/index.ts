// Public entry of the bundle engine: air-gapped transfer of a repository's closure (or of the whole cache root).

export { createBundle, scanInputs, type CreateBundleOptions, type CreateBundleResult } from './create.js';
export {
  verifyBundle,
  importBundle,
  readManifest,
  diffManifests,
  importRoots,
  extractRegistry,
  type VerifyReport,
  type ImportReport,
  type BundleChange,
} from './read.js';
export { exportCache } from './cache.js';
export type { Manifest } from './manifest.js';
