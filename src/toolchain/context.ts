/*
 * What every part of the toolchain engine shares: its settings, the install layout, the
 * lazily loaded HTTP stack and registry, and name resolution (local files first, the
 * registry only when a name is not known locally). One per `createToolchain`.
 */
import path from 'node:path';
import type { HttpClient } from '../common/http.js';
import { silentLogger, type Logger } from '../common/logger.js';
import { hostPlatform, type Platform } from '../common/platform.js';
import type { LoadedConfig } from '../config/index.js';
import { githubAuthFor, githubEndpoints, githubToken, GitHubReleases } from '../github/index.js';
import { createUrlRewriter } from './downloadUrl.js';
import { ToolchainSharedTier } from './sharedTier.js';
import { InstallLayout } from './layout.js';
import { resolveLocally, scanInstalledNames, type InstalledNames, type LocalTool } from './localResolve.js';
import { loadLockFile, type LockFileData } from './lockFile.js';
import type { RegistrySet, ResolvedTool } from './registry/types.js';
import { loadRegistrySet } from './registryLoader.js';
import { toolchainSettings, type ToolchainSettings } from './settings.js';
import { loadToolVersions, type ToolVersions } from './toolVersions.js';
import type { ChecksumPolicy } from './verify.js';
import { signatureSettingsFor, type SignatureEnv, type SignatureSettings } from './signatures/index.js';
import { expandPath } from '../common/paths.js';

export interface CreateToolchainOptions {
  config: LoadedConfig;
  logger?: Logger;
  /** Default: config.env. */
  env?: NodeJS.ProcessEnv;
  /** `--tool-versions` (relative to cwd). Default: `toolchain.versions_file` relative to atmos.yaml's dir. */
  toolVersionsPath?: string;
  /** `--toolchain-path` (relative to cwd). Default: `toolchain.install_path`, else `<cache root>/toolchain`. */
  installRoot?: string;
  /** Default: `toolchain.lock_file`, else `toolchain.lock.yaml` next to `.tool-versions`. */
  lockPath?: string;
  /** `--tools-config`. */
  toolsConfigPath?: string;
  /** Target platform (default: host, honouring AQUA_GOOS/AQUA_GOARCH). */
  platform?: Platform;
  /** `--github-token`. */
  githubToken?: string;
  http?: HttpClient;
  /** A registry set to use instead of `createRegistrySet` (tests, embedding). */
  registry?: RegistrySet | (() => Promise<RegistrySet>);
}

/** A tool at an exact version. */
export interface Target {
  tool: ResolvedTool;
  version: string;
}

export class ToolchainContext {
  readonly settings: ToolchainSettings;
  readonly platform: Platform;
  readonly config: LoadedConfig;
  readonly logger: Logger;
  readonly env: NodeJS.ProcessEnv;
  readonly layout: InstallLayout;
  readonly rewrite: (url: string) => string;
  readonly policy: ChecksumPolicy;
  readonly maxConcurrency: number;
  private readonly opts: CreateToolchainOptions;
  private readonly authFor: (url: URL) => string | undefined;
  private readonly endpoints: ReturnType<typeof githubEndpoints>;
  private netPromise?: Promise<{ http: HttpClient; releases: GitHubReleases }>;
  private registryPromise?: Promise<RegistrySet>;
  /** Names of installed versions, scanned once per engine and dropped when installs change. */
  private installedNamesPromise?: Promise<InstalledNames>;
  /** Tools the registry resolved (others were resolved locally and are re-resolved before registry calls). */
  private readonly fromRegistry = new WeakSet<ResolvedTool>();

  constructor(opts: CreateToolchainOptions) {
    this.opts = opts;
    const { config } = opts;
    const tc = config.values.toolchain;
    this.config = config;
    this.logger = opts.logger ?? silentLogger;
    this.env = opts.env ?? config.env;
    this.settings = toolchainSettings(config, { toolVersions: opts.toolVersionsPath, installRoot: opts.installRoot, lockPath: opts.lockPath });
    this.platform = opts.platform ?? hostPlatform(this.env);
    this.layout = new InstallLayout(this.settings.installRoot);
    const endpoints = githubEndpoints(this.env);
    const token = githubToken({ flag: opts.githubToken, env: this.env });
    if (token) this.logger.secret(token);
    this.authFor = githubAuthFor(token, endpoints);
    this.endpoints = endpoints;
    this.rewrite = createUrlRewriter(endpoints, definedValues(tc.url_replacements));
    this.policy = tc.verification?.checksums ?? 'when_available';
    this.maxConcurrency = tc.max_concurrency ?? 4;
  }

  private sharedTierValue?: ToolchainSharedTier | null;

  /** The fleet tier from `toolchain.store`, opened on first use (undefined when not configured). */
  sharedTier(): ToolchainSharedTier | undefined {
    if (this.sharedTierValue === undefined) {
      const url = this.config.values.toolchain.store;
      this.sharedTierValue = url ? ToolchainSharedTier.open(url, { env: this.env, logger: this.logger }) : null;
    }
    return this.sharedTierValue ?? undefined;
  }

  /** The HTTP stack (HttpClient, p-retry, node:http/https; undici too behind a proxy), loaded on first network use: warm runs never pay for it. */
  net(): Promise<{ http: HttpClient; releases: GitHubReleases }> {
    this.netPromise ??= (async () => {
      const { HttpClient, httpTimeouts } = await import('../common/http.js');
      const http = this.opts.http ?? new HttpClient({ logger: this.logger, env: this.env, authFor: this.authFor, ...httpTimeouts(this.config.values.http) });
      return { http, releases: new GitHubReleases({ http, endpoints: this.endpoints, rewrite: this.rewrite }) };
    })();
    return this.netPromise;
  }

  registry(): Promise<RegistrySet> {
    this.registryPromise ??= (async () => {
      const r = this.opts.registry;
      if (r) return typeof r === 'function' ? r() : r;
      return loadRegistrySet({ config: this.config, http: (await this.net()).http, logger: this.logger, toolsConfigPath: this.opts.toolsConfigPath });
    })();
    return this.registryPromise;
  }

  async resolve(tool: string): Promise<ResolvedTool> {
    const r = await (await this.registry()).resolve(tool);
    const out = r.requestedAs || r.name === tool ? r : { ...r, requestedAs: tool };
    this.fromRegistry.add(out);
    return out;
  }

  /** The registry's own ResolvedTool for a tool that may have been resolved locally. */
  async registryTool(tool: ResolvedTool): Promise<ResolvedTool> {
    if (this.fromRegistry.has(tool)) return tool;
    const r = await this.resolve(tool.requestedAs ?? tool.name);
    return tool.requestedAs && !r.requestedAs ? { ...r, requestedAs: tool.requestedAs } : r;
  }

  /** The signature policy for one tool (`toolchain.verification.signatures`, `kinds`, `tools`). */
  signatureSettings(tool: ResolvedTool): SignatureSettings {
    const v = this.config.values.toolchain.verification;
    const root = v?.trusted_root ? expandPath(v.trusted_root, this.config.baseDir) : undefined;
    const names = [tool.name, tool.requestedAs, `${tool.repoOwner}/${tool.repoName}`].filter((n): n is string => !!n);
    return signatureSettingsFor(v, names, root);
  }

  /** What the signature checks fetch with: the engine's HTTP stack, URL rewriting and GitHub API. */
  signatureEnv(): SignatureEnv {
    return {
      http: async () => (await this.net()).http,
      rewrite: this.rewrite,
      releases: async () => (await this.net()).releases,
      logger: this.logger,
    };
  }

  installedNames = (): Promise<InstalledNames> => (this.installedNamesPromise ??= scanInstalledNames(this.layout));

  installsChanged(): void {
    this.installedNamesPromise = undefined;
  }

  aliasesFromConfig(): Record<string, string> {
    return definedValues(this.config.values.toolchain.aliases);
  }

  async readLock(): Promise<LockFileData | undefined> {
    return this.settings.useLock ? loadLockFile(this.settings.lockPath) : undefined;
  }

  /** Local first (no registry), registry when the name is not known locally. */
  async resolveFast(tool: string, lock?: LockFileData): Promise<ResolvedTool> {
    const local = await resolveLocally(tool, { aliases: this.aliasesFromConfig(), lock, installed: this.installedNames });
    if (local) return toResolved(local, tool);
    return this.resolve(tool);
  }

  /** `.tool-versions` as the user names it in messages (relative to the working directory). */
  shownVersionsFile(): string {
    return path.relative(this.config.cwd, this.settings.toolVersionsPath) || this.settings.toolVersionsPath;
  }

  async toolVersions(): Promise<ToolVersions> {
    return loadToolVersions(this.settings.toolVersionsPath, this.shownVersionsFile());
  }

  /** Versions configured for a resolved tool, whichever key (alias or owner/repo) the file uses. */
  async configuredFor(tool: ResolvedTool, tv: ToolVersions, lock?: LockFileData): Promise<{ key: string; versions: string[] } | undefined> {
    for (const key of [tool.requestedAs, tool.name, `${tool.repoOwner}/${tool.repoName}`]) {
      if (key && tv.tools.has(key)) return { key, versions: tv.tools.get(key)! };
    }
    for (const [key, versions] of tv.tools) {
      const r = await resolveLocally(key, { aliases: this.aliasesFromConfig(), lock, installed: this.installedNames });
      if (r && r.owner === tool.repoOwner && r.repo === tool.repoName) return { key, versions };
    }
    return undefined;
  }
}

function toResolved(local: LocalTool, requested: string): ResolvedTool {
  return {
    name: local.name,
    repoOwner: local.owner,
    repoName: local.repo,
    registry: local.registry,
    ...(requested !== local.name ? { requestedAs: requested } : {}),
  };
}

function definedValues(map: Record<string, string | undefined> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).filter((e): e is [string, string] => e[1] !== undefined));
}
