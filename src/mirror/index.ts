// The Terraform registry cache's public entry (the only module of src/mirror/ other layers import,
// with layout.ts: where the cache lives, for the CI cache, without loading the proxy). Loaded only
// by the `terraform` commands and the tf-mirror action.

export { startMirrorServer, DEFAULT_HOSTS } from './server.js';
export { formatReportLine, formatReportTable } from './report.js';
export { tokensFromEnv, normalizeHost } from './credentials.js';
export { h1OfZip, h1OfDir, zipHash } from './hashes.js';
export type { MirrorMode, MirrorServer, MirrorServerOptions, SavingsReport } from './types.js';
export { registryCacheLocation, registryCacheSecretPaths } from './layout.js';
export { formatAnnouncement, type ServeAnnouncement } from './announcement.js';
export { cliConfigLocations, readUserCliConfig, upstreamCredentials } from './cliconfig.js';
export { ensurePluginCacheDir, lockFileH1s, pluginCacheDir, pruneZipsHeldByPluginCache, type PrunedZips } from './pluginCache.js';
export { CacheManager, type CacheEntry } from './manage.js';
export { serverOptions, sessionSettings, startMirrorSession, type MirrorSession } from './session.js';
export { launchProxy, stopProxy, type ProxyStopped } from './supervisor.js';
export { ensureTls } from './tls.js';
export { installTrust, needsOsTrust, removeTrust } from './trust.js';
export { warmProviders, warmTargets } from './warm.js';
// Used by the bundle engine (fills a bundle through an in-process proxy, checks signatures).
export { constraintToRange, parseProviderSource, type WarmTarget } from './warm.js';
export { verifyDetachedSignature } from './signature.js';
export { planModuleSource } from './moduleSource.js';
