/*
 * The toolchain engine's public types. `createToolchain` in `toolchain/index.ts` implements
 * them; callers outside the engine take these types and the settings module (`settings.ts`),
 * though some still import engine internals (layout, lock file, .tool-versions parsing).
 */
import type { AtmosError } from '../common/errors.js';
import type { Platform } from '../common/platform.js';
import type { AssetPlan } from './assetPlan.js';
import type { ResolvedTool } from './registry/types.js';

export interface ToolSpec {
  /** Alias, short name or `owner/repo`. */
  tool: string;
  /** Exact version, `latest`, or (for `ensureTools`) a constraint like `~> 1.9`. Undefined = the pinned default. */
  version?: string;
}

export interface InstallOptions {
  reinstall?: boolean;
  /** Also make this version the default in `.tool-versions`. */
  setDefault?: boolean;
  maxConcurrency?: number;
}

export interface InstallOutcome {
  tool: ResolvedTool;
  version: string;
  status: 'installed' | 'already-installed' | 'failed';
  /** Directory holding the binaries: `<root>/bin/<owner>/<repo>/<version>/`. */
  binDir?: string;
  binaries?: string[];
  /** URL and checksum came from toolchain.lock.yaml (no registry/API call). */
  fromLock?: boolean;
  downloadedBytes?: number;
  /** Wall time of this tool's install (or presence check), for reports. */
  durationMs?: number;
  plan?: AssetPlan;
  /** Signatures and provenance verified for this install (now, or when it was installed). */
  signatures?: VerifiedSignature[];
  error?: AtmosError;
}

export interface ToolStatus {
  tool: ResolvedTool;
  version: string;
  isDefault: boolean;
  installed: boolean;
  binDir: string;
  sizeBytes?: number;
  installedAt?: string;
}

export interface EnsureResult {
  /** Absolute bin directories to put first on PATH, in order. */
  pathDirs: string[];
  /** tool (as requested) → exact version chosen. */
  versions: Record<string, string>;
  outcomes: InstallOutcome[];
}

export interface Toolchain {
  readonly installRoot: string;
  readonly toolVersionsPath: string;
  readonly lockPath: string;
  readonly platform: Platform;
  install(specs: ToolSpec[] | 'all', options?: InstallOptions): Promise<InstallOutcome[]>;
  /** Absolute path of a tool's binary; installs it first when `autoInstall`. */
  binaryFor(spec: ToolSpec, options?: { autoInstall?: boolean; binary?: string }): Promise<string>;
  /** Bin dirs of the default version of every configured tool (for PATH). */
  pathEntries(): Promise<string[]>;
  /** Resolve `tool: version-or-constraint` needs (highest installed match, else highest available) and install them. */
  ensureTools(needs: Record<string, string>): Promise<EnsureResult>;
  status(): Promise<ToolStatus[]>;
}

export type { InstallOutcome as ToolInstallOutcome };

/* ---- Additions for the CLI (`atmos-ts toolchain …`); implemented by createToolchain. ---- */

export interface LockOptions {
  /** Platforms to lock; default `toolchain.platforms`, else the host. */
  platforms?: Platform[];
  maxConcurrency?: number;
}

export interface LockOutcome {
  tool: ResolvedTool;
  version: string;
  /** `os_arch` */
  platform: string;
  status: 'locked' | 'unsupported' | 'failed';
  url?: string;
  checksum?: string;
  checksumAlgorithm?: string;
  size?: number;
  error?: AtmosError;
}

export interface UninstallOutcome {
  tool: string;
  version: string;
  binDir: string;
  removed: boolean;
}

export interface CleanResult {
  /** Paths removed (or that would be, with dryRun). */
  paths: string[];
  bytes: number;
}

export interface DiskUsage {
  installRoot: string;
  totalBytes: number;
  downloadsBytes: number;
  tools: { tool: string; version: string; bytes: number; binDir: string }[];
}

/** One verified signature as the lock file and the install marker record it. */
export interface VerifiedSignature {
  kind: string;
  subject: string;
  signer: string;
  issuer?: string;
}

export interface ToolInfo {
  tool: ResolvedTool;
  version: string;
  platform: Platform;
  plan: AssetPlan;
  /** Registry definition after overrides (from RegistrySet.describe). */
  definition: Record<string, unknown>;
  /** Download URLs after GHES mapping and url_replacements. */
  effectiveUrls: string[];
  /** Human summary of where the checksum comes from. */
  checksumSource: string;
  locked?: { url: string; checksum: string; checksum_algorithm?: string; size?: number };
  /** Signature policy for the tool, what the registry declares, and what the lock and the install recorded as verified. */
  signatures: {
    policy: 'required' | 'when_available' | 'disabled';
    kinds: string[];
    declared: string[];
    locked: VerifiedSignature[];
    installed: VerifiedSignature[];
  };
  installed: boolean;
  binDir: string;
}

export interface ToolchainManager extends Toolchain {
  /** Registry-backed resolution (alias / short name / owner/repo). */
  resolve(tool: string): Promise<ResolvedTool>;
  /** `.tool-versions` contents: tool (as written) → versions, first = default. */
  configuredVersions(): Promise<Record<string, string[]>>;
  /** asdf `set` semantics: the line becomes this single version. */
  setVersion(tool: string, version: string): Promise<void>;
  /** Append a version (no-op when present); `setDefault` behaves like setVersion. */
  addVersion(tool: string, version: string, options?: { setDefault?: boolean }): Promise<void>;
  /** Remove one version (or the tool when version is undefined) from `.tool-versions` and the lock. Returns false when absent. */
  removeVersion(tool: string, version?: string): Promise<boolean>;
  /** Versions available upstream (GitHub releases/tags), newest first. */
  availableVersions(tool: string, options?: { includePrerelease?: boolean; limit?: number }): Promise<string[]>;
  /** Newest non-prerelease upstream version. */
  latestVersion(tool: string): Promise<string>;
  /** Remove installed versions; spec without version = every installed version of that tool. */
  uninstall(specs: ToolSpec[] | 'all'): Promise<UninstallOutcome[]>;
  /** Download + verify (no extract) and record every platform in the lock. */
  lock(specs: ToolSpec[] | 'all', options?: LockOptions): Promise<LockOutcome[]>;
  clean(options?: { cacheOnly?: boolean; dryRun?: boolean }): Promise<CleanResult>;
  du(): Promise<DiskUsage>;
  info(spec: ToolSpec, platform?: Platform): Promise<ToolInfo>;
  /** Configured aliases + registry short names. */
  aliases(): Promise<Record<string, string>>;
  /** Exact version a spec means: pinned default, `latest` → upstream, constraint → highest installed/available match. */
  resolveVersion(spec: ToolSpec): Promise<string>;
}
