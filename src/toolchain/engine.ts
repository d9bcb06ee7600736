import type { AtmosError } from '../common/errors.js';
import type { Platform } from '../common/platform.js';
import type { AssetPlan } from './assetPlan.js';
import type { ResolvedTool } from './registry/types.js';

/**
 * The toolchain engine's public API (implemented in `toolchain/index.ts` by `createToolchain`).
 * The CLI, the actions, `atmos-ts terraform` and workflows use only this.
 */
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
  plan?: AssetPlan;
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
