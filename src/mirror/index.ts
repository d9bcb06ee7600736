// Public entry of the Terraform registry cache proxy.

export { startMirrorServer, DEFAULT_HOSTS } from './server.js';
export { formatReportLine, formatReportTable } from './report.js';
export { tokensFromEnv, normalizeHost } from './credentials.js';
export { h1OfZip, h1OfDir, zipHash } from './hashes.js';
export type { MirrorMode, MirrorServer, MirrorServerOptions, SavingsReport } from './types.js';
export { registryCacheLocation, registryCacheSecretPaths } from './layout.js';
// Used by the bundle engine to fill a bundle through an in-process proxy.
export { sessionSettings, serverOptions } from './session.js';
export { warmTargets, warmProviders, constraintToRange, parseProviderSource, type WarmTarget } from './warm.js';
export { verifyDetachedSignature } from './signature.js';
export { planModuleSource } from './moduleSource.js';
