import { promises as fs } from 'node:fs';
import path from 'node:path';
import { diskUsage, pathExists } from '../common/atomicFile.js';
import { AtmosError } from '../common/errors.js';
import { withFileLock } from '../common/fileLock.js';
import type { HttpClient, HttpStatusError } from '../common/http.js';
import { silentLogger, type Logger } from '../common/logger.js';
import { hostPlatform, parsePlatform, platformKey, type Platform } from '../common/platform.js';
import type { LoadedConfig } from '../config/load.js';
import { githubAuthFor, githubEndpoints, githubToken } from '../github/endpoints.js';
import { GitHubReleases } from '../github/releases.js';
import type { AssetPlan, ChecksumAlgorithm } from './assetPlan.js';
import { createUrlRewriter } from './downloadUrl.js';
import type {
  CleanResult,
  DiskUsage,
  EnsureResult,
  InstallOptions,
  InstallOutcome,
  LockOptions,
  LockOutcome,
  ToolchainManager,
  ToolInfo,
  ToolSpec,
  ToolStatus,
  UninstallOutcome,
} from './types.js';
import { downloadVerified, installVersion, type InstallEnv, type InstallSource, type InstallTarget } from './install.js';
import { InstallLayout } from './layout.js';
import { resolveLocally, scanInstalledNames, splitName, type InstalledNames, type LocalTool } from './localResolve.js';
import { loadLockFile, lockedPlatform, removeLocked, setLockedPlatform, updateLockFile, type LockFileData } from './lockFile.js';
import { mapLimit } from '../common/mapLimit.js';
import type { RegistrySet, ResolvedTool } from './registry/types.js';
import {
  addVersion as addToolVersion,
  loadToolVersions,
  removeVersion as removeToolVersion,
  setDefaultVersion,
  updateToolVersions,
  type ToolVersions,
} from './toolVersions.js';
import { expectedChecksum, type ChecksumPolicy } from './verify.js';
import { highestMatch, isConstraint, isPrerelease, sortVersions } from './versionMatch.js';
import { loadRegistrySet } from './registryLoader.js';
import { toolchainSettings } from './settings.js';

export type * from './types.js';

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

export async function createToolchain(opts: CreateToolchainOptions): Promise<ToolchainManager> {
  return new ToolchainEngine(opts);
}

interface Target {
  tool: ResolvedTool;
  version: string;
}

class ToolchainEngine implements ToolchainManager {
  readonly installRoot: string;
  readonly toolVersionsPath: string;
  readonly lockPath: string;
  readonly platform: Platform;
  private readonly config: LoadedConfig;
  private readonly logger: Logger;
  private readonly env: NodeJS.ProcessEnv;
  private readonly layout: InstallLayout;
  private netPromise?: Promise<{ http: HttpClient; releases: GitHubReleases }>;
  private readonly authFor: (url: URL) => string | undefined;
  private readonly endpoints: ReturnType<typeof githubEndpoints>;
  private readonly rewrite: (url: string) => string;
  private readonly policy: ChecksumPolicy;
  private readonly useLock: boolean;
  private readonly maxConcurrency: number;
  private registryPromise?: Promise<RegistrySet>;
  /** Names of installed versions, scanned once per engine and dropped when installs change. */
  private installedNamesPromise?: Promise<InstalledNames>;
  /** Tools the registry resolved (others were resolved locally and are re-resolved before registry calls). */
  private readonly fromRegistry = new WeakSet<ResolvedTool>();
  private readonly opts: CreateToolchainOptions;

  constructor(opts: CreateToolchainOptions) {
    this.opts = opts;
    const { config } = opts;
    const tc = config.values.toolchain;
    this.config = config;
    this.logger = opts.logger ?? silentLogger;
    this.env = opts.env ?? config.env;
    const settings = toolchainSettings(config, { toolVersions: opts.toolVersionsPath, installRoot: opts.installRoot, lockPath: opts.lockPath });
    this.toolVersionsPath = settings.toolVersionsPath;
    this.lockPath = settings.lockPath;
    this.installRoot = settings.installRoot;
    this.platform = opts.platform ?? hostPlatform(this.env);
    this.layout = new InstallLayout(this.installRoot);
    const endpoints = githubEndpoints(this.env);
    const token = githubToken({ flag: opts.githubToken, env: this.env });
    if (token) this.logger.secret(token);
    this.authFor = githubAuthFor(token, endpoints);
    this.endpoints = endpoints;
    this.rewrite = createUrlRewriter(endpoints, definedValues(tc.url_replacements));
    this.policy = tc.verification?.checksums ?? 'when_available';
    this.useLock = settings.useLock;
    this.maxConcurrency = tc.max_concurrency ?? 4;
  }

  /* ---------------- registry and name resolution ---------------- */

  /** The HTTP stack, loaded on first network use (warm runs never pay for undici). */
  private net(): Promise<{ http: HttpClient; releases: GitHubReleases }> {
    this.netPromise ??= (async () => {
      const { HttpClient, httpTimeouts } = await import('../common/http.js');
      const http = this.opts.http ?? new HttpClient({ logger: this.logger, env: this.env, authFor: this.authFor, ...httpTimeouts(this.config.values.http) });
      return { http, releases: new GitHubReleases({ http, endpoints: this.endpoints, rewrite: this.rewrite }) };
    })();
    return this.netPromise;
  }

  private registry(): Promise<RegistrySet> {
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
  private async registryTool(tool: ResolvedTool): Promise<ResolvedTool> {
    if (this.fromRegistry.has(tool)) return tool;
    const r = await this.resolve(tool.requestedAs ?? tool.name);
    return tool.requestedAs && !r.requestedAs ? { ...r, requestedAs: tool.requestedAs } : r;
  }

  private installedNames = (): Promise<InstalledNames> => (this.installedNamesPromise ??= scanInstalledNames(this.layout));

  private installsChanged(): void {
    this.installedNamesPromise = undefined;
  }

  private aliasesFromConfig(): Record<string, string> {
    return definedValues(this.config.values.toolchain.aliases);
  }

  private async readLock(): Promise<LockFileData | undefined> {
    return this.useLock ? loadLockFile(this.lockPath) : undefined;
  }

  /** Local first (no registry), registry when the name is not known locally. */
  private async resolveFast(tool: string, lock?: LockFileData): Promise<ResolvedTool> {
    const local = await resolveLocally(tool, { aliases: this.aliasesFromConfig(), lock, installed: this.installedNames });
    if (local) return toResolved(local, tool);
    return this.resolve(tool);
  }

  private async toolVersions(): Promise<ToolVersions> {
    return loadToolVersions(this.toolVersionsPath, path.relative(this.config.cwd, this.toolVersionsPath) || this.toolVersionsPath);
  }

  /** Versions configured for a resolved tool, whichever key (alias or owner/repo) the file uses. */
  private async configuredFor(tool: ResolvedTool, tv: ToolVersions, lock?: LockFileData): Promise<{ key: string; versions: string[] } | undefined> {
    for (const key of [tool.requestedAs, tool.name, `${tool.repoOwner}/${tool.repoName}`]) {
      if (key && tv.tools.has(key)) return { key, versions: tv.tools.get(key)! };
    }
    for (const [key, versions] of tv.tools) {
      const r = await resolveLocally(key, { aliases: this.aliasesFromConfig(), lock, installed: this.installedNames });
      if (r && r.owner === tool.repoOwner && r.repo === tool.repoName) return { key, versions };
    }
    return undefined;
  }

  /* ---------------- versions ---------------- */

  async resolveVersion(spec: ToolSpec): Promise<string> {
    const lock = await this.readLock();
    const tool = await this.resolveFast(spec.tool, lock);
    return this.versionFor(tool, spec.version, lock);
  }

  private async versionFor(tool: ResolvedTool, requested: string | undefined, lock?: LockFileData): Promise<string> {
    let version = requested;
    if (!version) {
      const configured = await this.configuredFor(tool, await this.toolVersions(), lock);
      version = configured?.versions[0];
      if (!version) {
        const installed = sortVersions(await this.layout.installedVersions(tool.repoOwner, tool.repoName));
        if (installed.length > 0) return installed[installed.length - 1];
        version = 'latest';
      }
    }
    if (version === 'latest') return this.latestFor(tool);
    if (isConstraint(version)) {
      const installed = highestMatch(await this.layout.installedVersions(tool.repoOwner, tool.repoName), version);
      if (installed) {
        this.logger.debug(`using ${tool.name} ${installed} (satisfies ${version})`);
        return installed;
      }
      const available = highestMatch(await this.availableFor(tool, { includePrerelease: /-/.test(version) }), version);
      if (!available) {
        throw new AtmosError(`no version of ${tool.name} satisfies "${version}"`, {
          code: 'NO_MATCHING_VERSION',
          hint: `List versions with: atmos-ts toolchain get ${tool.requestedAs ?? tool.name} --all`,
        });
      }
      return available;
    }
    return version;
  }

  private async latestFor(tool: ResolvedTool): Promise<string> {
    const versions = await this.availableFor(tool, {});
    if (versions.length === 0) {
      throw new AtmosError(`no releases found for ${tool.name}`, {
        code: 'NO_RELEASES',
        hint: `Pin a version explicitly, e.g. ${tool.requestedAs ?? tool.name}@1.2.3`,
      });
    }
    return versions[0];
  }

  private async availableFor(tool: ResolvedTool, options: { includePrerelease?: boolean; limit?: number }): Promise<string[]> {
    const source = await (await this.registry()).versionSource(await this.registryTool(tool));
    const owner = source.owner ?? tool.repoOwner;
    const repo = source.repo ?? tool.repoName;
    let tags: string[];
    const { releases } = await this.net();
    try {
      if (source.type === 'github_tag') tags = await releases.listTags(owner, repo);
      else if (source.type === 'github_release') {
        tags = (await releases.listReleases(owner, repo)).filter((r) => !r.draft && (options.includePrerelease || !r.prerelease)).map((r) => r.tag_name);
      } else tags = [];
    } catch (err) {
      throw versionListError(err, tool, `${owner}/${repo}`);
    }
    const prefix = source.versionPrefix ?? '';
    const versions = tags
      .filter((t) => t.startsWith(prefix))
      .map((t) => t.slice(prefix.length))
      .filter((v) => options.includePrerelease || !isPrerelease(v))
      .map(displayVersion);
    const out = sortVersions([...new Set(versions)]).reverse();
    return options.limit ? out.slice(0, options.limit) : out;
  }

  async availableVersions(tool: string, options: { includePrerelease?: boolean; limit?: number } = {}): Promise<string[]> {
    return this.availableFor(await this.resolve(tool), options);
  }

  async latestVersion(tool: string): Promise<string> {
    return this.latestFor(await this.resolve(tool));
  }

  /* ---------------- install ---------------- */

  private installEnv(): InstallEnv {
    const stale = Number(this.env.ATMOS_TOOLCHAIN_LOCK_STALE_MS);
    return {
      layout: this.layout,
      http: async () => (await this.net()).http,
      rewrite: this.rewrite,
      logger: this.logger,
      windows: this.platform.os === 'windows',
      lockStaleMs: Number.isFinite(stale) && stale > 0 ? stale : undefined,
    };
  }

  private installTarget(tool: ResolvedTool, version: string, platform: Platform): InstallTarget {
    return {
      name: tool.name,
      owner: tool.repoOwner,
      repo: tool.repoName,
      version,
      platformKey: platformKey(platform),
      names: [tool.requestedAs, tool.name].filter((n): n is string => !!n),
      registry: tool.registry,
    };
  }

  /** Source from the lock when this pin is locked for the platform, else from the registry plan. */
  private async sourceFor(tool: ResolvedTool, version: string, platform: Platform, lock: LockFileData | undefined): Promise<{ source: InstallSource; plan?: AssetPlan }> {
    const key = `${tool.repoOwner}/${tool.repoName}`;
    const entry = lock ? lockedPlatform(lock, key, version, platformKey(platform)) : undefined;
    if (entry) {
      const versionEntry = lock!.tools[key].versions[version];
      const assetName = decodeURIComponent(new URL(entry.url).pathname.split('/').pop() ?? 'asset');
      const binary = versionEntry.binary_name ?? tool.repoName;
      return {
        source: {
          urls: [entry.url],
          assetName,
          format: entry.format ?? '',
          files: entry.files ?? [{ name: binary, src: binary }],
          locked: { hex: entry.checksum, algorithm: (entry.checksum_algorithm ?? 'sha256') as ChecksumAlgorithm, source: 'toolchain.lock.yaml' },
          fromLock: true,
        },
      };
    }
    const source = await this.registrySource(tool, version, platform);
    return { source, plan: source.plan };
  }

  /** The registry plan's source, falling back to the other tag form (`v1.2.3` ↔ `1.2.3`) on a 404. */
  private async registrySource(tool: ResolvedTool, version: string, platform: Platform): Promise<InstallSource> {
    const registry = await this.registry();
    const rt = await this.registryTool(tool);
    const [first, second] = await this.tagCandidates(registry, rt, version);
    const source = this.planSource(await registry.plan(rt, first, platform));
    if (second) source.fallback = async () => this.planSource(await registry.plan(rt, second, platform));
    return source;
  }

  /**
   * Versions to plan with, in order. Pins are usually written `1.2.3` while most tags (and
   * Aqua's `Version`) are `v1.2.3`: try the `v` form first unless the package has its own
   * tag prefix (`jq-`), then the other form on a 404 (as Atmos does).
   */
  private async tagCandidates(registry: RegistrySet, rt: ResolvedTool, version: string): Promise<[string, string?]> {
    const alt = toggledVersion(version);
    if (!alt) return [version];
    if (/^v/.test(version)) return [version, alt];
    const prefix = await registry.versionSource(rt).then((s) => s.versionPrefix, () => undefined);
    return prefix && prefix !== 'v' ? [version, alt] : [alt, version];
  }

  private planSource(plan: AssetPlan): InstallSource {
    return {
      urls: plan.urls,
      assetName: plan.assetName,
      format: plan.format,
      files: plan.files,
      expected: async () => {
        const { http, releases } = await this.net();
        return expectedChecksum(plan, { http, rewrite: this.rewrite, releases, policy: this.policy });
      },
      fromLock: false,
      plan,
    };
  }

  private async installOne(target: Target, lock: LockFileData | undefined, options: InstallOptions): Promise<InstallOutcome> {
    const { tool, version } = target;
    let fromLock = false;
    let plan: AssetPlan | undefined;
    try {
      const res = await installVersion(
        this.installEnv(),
        this.installTarget(tool, version, this.platform),
        async () => {
          const s = await this.sourceFor(tool, version, this.platform, lock);
          fromLock = s.source.fromLock;
          plan = s.plan;
          return s.source;
        },
        { reinstall: options.reinstall },
      );
      if (res.plan) plan = res.plan;
      if (res.status === 'installed') {
        this.installsChanged();
        this.logger.success(`installed ${tool.name}@${version}${fromLock ? ' (from lock)' : ''}`);
        if (this.useLock && res.digest && !fromLock) await this.recordLock(tool, version, this.platform, res.digest, plan);
      }
      return { tool, version, status: res.status, binDir: res.binDir, binaries: res.binaries, fromLock, downloadedBytes: res.downloadedBytes, plan };
    } catch (err) {
      const error = err instanceof AtmosError ? err : new AtmosError(`installing ${tool.name}@${version} failed: ${(err as Error).message}`, { cause: err });
      if (!error.context.tool) error.context.tool = `${tool.name}@${version}`;
      return { tool, version, status: 'failed', error, plan, fromLock };
    }
  }

  private async recordLock(
    tool: ResolvedTool,
    version: string,
    platform: Platform,
    digest: { hex: string; algorithm: string; size: number; url: string },
    plan?: AssetPlan,
  ): Promise<void> {
    await updateLockFile(this.lockPath, platformKey(this.platform), (data) => {
      setLockedPlatform(
        data,
        `${tool.repoOwner}/${tool.repoName}`,
        version,
        platformKey(platform),
        {
          url: digest.url,
          checksum: digest.hex,
          size: digest.size,
          checksum_algorithm: digest.algorithm,
          ...(plan ? lockExtras(plan) : {}),
        },
        { source: tool.registry, binaryName: plan?.files[0]?.name.replace(/\.exe$/i, '') },
      );
    });
  }

  /** Expand specs into exact targets. 'all' = every version of every tool in .tool-versions. */
  private async targets(specs: ToolSpec[] | 'all', lock: LockFileData | undefined): Promise<Target[]> {
    const out: Target[] = [];
    if (specs === 'all') {
      const tv = await this.toolVersions();
      for (const [name, versions] of tv.tools) {
        const tool = await this.resolveFast(name, lock);
        for (const v of versions) out.push({ tool, version: await this.versionFor(tool, v, lock) });
      }
    } else {
      for (const spec of specs) {
        const tool = await this.resolveFast(spec.tool, lock);
        out.push({ tool, version: await this.versionFor(tool, spec.version, lock) });
      }
    }
    const seen = new Set<string>();
    return out.filter((t) => {
      const k = `${t.tool.repoOwner}/${t.tool.repoName}@${t.version}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }

  async install(specs: ToolSpec[] | 'all', options: InstallOptions = {}): Promise<InstallOutcome[]> {
    const lock = await this.readLock();
    const targets = await this.targets(specs, lock);
    const outcomes = await mapLimit(targets, options.maxConcurrency ?? this.maxConcurrency, (t) => this.installOne(t, lock, options));
    if (options.setDefault) {
      for (const o of outcomes) if (o.status !== 'failed') await this.setVersionFor(o.tool, o.version);
    }
    return outcomes;
  }

  async binaryFor(spec: ToolSpec, options: { autoInstall?: boolean; binary?: string } = {}): Promise<string> {
    const lock = await this.readLock();
    const tool = await this.resolveFast(spec.tool, lock);
    if (!options.autoInstall && !spec.version) await this.requirePinnedOrInstalled(tool, lock);
    const version = await this.versionFor(tool, spec.version, lock);
    const shown = tool.requestedAs ?? tool.name;
    const found = await this.layout.checkInstall(tool.repoOwner, tool.repoName, version);
    let meta = found.state === 'complete' ? found.meta : undefined;
    if (!meta) {
      const what = found.state === 'incomplete' ? `is installed incompletely (${found.problem})` : 'is not installed';
      if (!options.autoInstall) {
        throw new AtmosError(`${shown} ${version} ${what}`, {
          code: 'TOOL_NOT_INSTALLED',
          explanation: `Looked in ${this.layout.versionDir(tool.repoOwner, tool.repoName, version)}.`,
          hint: `Run: atmos-ts toolchain install ${shown}@${version}`,
        });
      }
      this.logger.info(`${shown} ${version} ${what}; installing`);
      const outcome = await this.installOne({ tool, version }, lock, {});
      if (outcome.error) throw outcome.error;
      meta = await this.layout.readInstalled(tool.repoOwner, tool.repoName, version);
      if (!meta) throw new AtmosError(`install of ${tool.name}@${version} left no complete binaries`, { code: 'INSTALL_INCOMPLETE' });
    }
    const binDir = this.layout.versionDir(tool.repoOwner, tool.repoName, version);
    const wanted = options.binary ?? spec.tool.split('/').pop()!;
    const name =
      meta.binaries.find((b) => b === wanted || b.replace(/\.exe$/i, '') === wanted) ?? (options.binary ? undefined : meta.binaries[0]);
    if (!name) {
      throw new AtmosError(`${tool.name}@${version} has no command "${options.binary}"`, {
        code: 'BINARY_NOT_FOUND',
        explanation: `Installed commands: ${meta.binaries.join(', ')}`,
      });
    }
    return path.join(binDir, name);
  }

  /** Without a pin or an install, a lookup could only find the newest release: not what `which` asks. */
  private async requirePinnedOrInstalled(tool: ResolvedTool, lock?: LockFileData): Promise<void> {
    if (await this.configuredFor(tool, await this.toolVersions(), lock)) return;
    if ((await this.layout.installedVersions(tool.repoOwner, tool.repoName)).length > 0) return;
    const name = tool.requestedAs ?? tool.name;
    throw new AtmosError(`${name} is not installed`, {
      code: 'TOOL_NOT_INSTALLED',
      explanation: `${path.relative(this.config.cwd, this.toolVersionsPath) || this.toolVersionsPath} does not pin ${name}, and no version of ${tool.repoOwner}/${tool.repoName} is installed.`,
      hint: `Pin and install it: atmos-ts toolchain add ${name} && atmos-ts toolchain install (or run it once with atmos-ts toolchain exec ${name}@<version>).`,
    });
  }

  async pathEntries(): Promise<string[]> {
    const lock = await this.readLock();
    const tv = await this.toolVersions();
    const dirs: string[] = [];
    for (const [name, versions] of tv.tools) {
      const tool = await this.resolveFast(name, lock);
      const version = versions[0];
      if (isConstraint(version) || version === 'latest') {
        const v = highestMatch(await this.layout.installedVersions(tool.repoOwner, tool.repoName), version);
        if (v) dirs.push(this.layout.versionDir(tool.repoOwner, tool.repoName, v));
        continue;
      }
      if (await this.layout.readInstalled(tool.repoOwner, tool.repoName, version)) dirs.push(this.layout.versionDir(tool.repoOwner, tool.repoName, version));
      else this.logger.debug(`${name} ${version} is not installed; not on PATH`);
    }
    return [...new Set(dirs)];
  }

  async ensureTools(needs: Record<string, string>): Promise<EnsureResult> {
    const lock = await this.readLock();
    const entries = Object.entries(needs);
    const targets = await mapLimit(entries, this.maxConcurrency, async ([name, constraint]) => {
      const tool = await this.resolveFast(name, lock);
      return { tool, version: await this.versionFor(tool, constraint || undefined, lock) };
    });
    const outcomes = await mapLimit(targets, this.maxConcurrency, (t) => this.installOne(t, lock, {}));
    const failed = outcomes.find((o) => o.status === 'failed');
    if (failed?.error) throw failed.error;
    return {
      pathDirs: [...new Set(outcomes.map((o) => o.binDir!))],
      versions: Object.fromEntries(entries.map(([name], i) => [name, targets[i].version])),
      outcomes,
    };
  }

  async status(): Promise<ToolStatus[]> {
    const lock = await this.readLock();
    const tv = await this.toolVersions();
    const out: ToolStatus[] = [];
    const seen = new Set<string>();
    for (const [name, versions] of tv.tools) {
      const tool = await this.resolveFast(name, lock);
      for (const [i, version] of versions.entries()) {
        seen.add(`${tool.repoOwner}/${tool.repoName}@${version}`);
        out.push(await this.statusOf(tool, version, i === 0));
      }
    }
    for (const { owner, repo } of await this.layout.installedRepos()) {
      for (const version of sortVersions(await this.layout.installedVersions(owner, repo))) {
        if (seen.has(`${owner}/${repo}@${version}`)) continue;
        const meta = await this.layout.readMeta(owner, repo, version);
        const tool: ResolvedTool = { name: meta?.name ?? `${owner}/${repo}`, repoOwner: owner, repoName: repo, registry: meta?.registry ?? 'installed' };
        out.push(await this.statusOf(tool, version, false));
      }
    }
    return out;
  }

  private async statusOf(tool: ResolvedTool, version: string, isDefault: boolean): Promise<ToolStatus> {
    const binDir = this.layout.versionDir(tool.repoOwner, tool.repoName, version);
    const meta = await this.layout.readInstalled(tool.repoOwner, tool.repoName, version);
    return {
      tool,
      version,
      isDefault,
      installed: !!meta,
      binDir,
      sizeBytes: meta ? await diskUsage(binDir) : undefined,
      installedAt: meta?.installedAt,
    };
  }

  /* ---------------- .tool-versions editing ---------------- */

  private sameToolMatcher(tool: ResolvedTool, lock?: LockFileData): (key: string) => boolean {
    const aliases = this.aliasesFromConfig();
    return (key) => {
      const local = splitName(key) ?? (aliases[key] ? splitName(aliases[key]) : undefined);
      if (local) return local.owner === tool.repoOwner && local.repo === tool.repoName;
      if (lock?.tools[`${tool.repoOwner}/${tool.repoName}`] && key === tool.repoName) return true;
      return key === tool.requestedAs;
    };
  }

  private async setVersionFor(tool: ResolvedTool, version: string): Promise<void> {
    const lock = await this.readLock();
    await updateToolVersions(this.toolVersionsPath, (tv) => setDefaultVersion(tv, tool.requestedAs ?? tool.name, version, this.sameToolMatcher(tool, lock)));
  }

  async configuredVersions(): Promise<Record<string, string[]>> {
    const tv = await this.toolVersions();
    return Object.fromEntries([...tv.tools].map(([k, v]) => [k, [...v]]));
  }

  async setVersion(tool: string, version: string): Promise<void> {
    const lock = await this.readLock();
    const t = await this.resolveFast(tool, lock);
    const v = await this.versionFor(t, version, lock);
    await updateToolVersions(this.toolVersionsPath, (tv) => setDefaultVersion(tv, tool, v, this.sameToolMatcher(t, lock)));
  }

  async addVersion(tool: string, version: string, options: { setDefault?: boolean } = {}): Promise<void> {
    if (options.setDefault) return this.setVersion(tool, version);
    const lock = await this.readLock();
    const t = await this.resolveFast(tool, lock);
    const v = await this.versionFor(t, version, lock);
    await updateToolVersions(this.toolVersionsPath, (tv) => addToolVersion(tv, tool, v, this.sameToolMatcher(t, lock)));
  }

  async removeVersion(tool: string, version?: string): Promise<boolean> {
    const lock = await this.readLock();
    const t = await this.resolveFast(tool, lock);
    let removed = false;
    await updateToolVersions(this.toolVersionsPath, (tv) => {
      removed = removeToolVersion(tv, tool, version, this.sameToolMatcher(t, lock));
    });
    if (removed && this.useLock && (await pathExists(this.lockPath))) {
      await updateLockFile(this.lockPath, platformKey(this.platform), (data) => {
        removeLocked(data, `${t.repoOwner}/${t.repoName}`, version);
      });
    }
    return removed;
  }

  /* ---------------- uninstall, lock, clean, du, info ---------------- */

  async uninstall(specs: ToolSpec[] | 'all'): Promise<UninstallOutcome[]> {
    const lock = await this.readLock();
    const pairs: { tool: string; owner: string; repo: string; version: string }[] = [];
    if (specs === 'all') {
      for (const { owner, repo } of await this.layout.installedRepos()) {
        for (const version of await this.layout.versionDirs(owner, repo)) pairs.push({ tool: `${owner}/${repo}`, owner, repo, version });
      }
    } else {
      for (const spec of specs) {
        const t = await this.resolveFast(spec.tool, lock);
        // Incomplete versions too: uninstall is also how a broken one is cleared away.
        const versions = spec.version ? [spec.version] : await this.layout.versionDirs(t.repoOwner, t.repoName);
        for (const version of versions) pairs.push({ tool: spec.tool, owner: t.repoOwner, repo: t.repoName, version });
      }
    }
    const outcomes = await mapLimit(pairs, this.maxConcurrency, async (p) => {
      const binDir = this.layout.versionDir(p.owner, p.repo, p.version);
      const removed = await withFileLock(binDir, async () => {
        if (!(await pathExists(binDir))) return false;
        await fs.rm(binDir, { recursive: true, force: true });
        return true;
      });
      await fs.rmdir(this.layout.repoDir(p.owner, p.repo)).catch(() => {});
      return { tool: p.tool, version: p.version, binDir, removed };
    });
    this.installsChanged();
    return outcomes;
  }

  private lockPlatforms(options: LockOptions): Platform[] {
    if (options.platforms?.length) return options.platforms;
    const configured = this.config.values.toolchain.platforms ?? [];
    const list = configured.filter((p): p is string => !!p);
    return list.length > 0 ? list.map((p) => parsePlatform(p)) : [this.platform];
  }

  async lock(specs: ToolSpec[] | 'all', options: LockOptions = {}): Promise<LockOutcome[]> {
    if (!this.useLock) this.logger.warn('toolchain.use_lock_file is false: the lock file is written but not used by install');
    // The lock command re-resolves from the registry (it is how a lock is refreshed), so it ignores existing entries.
    const targets = await this.targets(specs, undefined);
    const platforms = this.lockPlatforms(options);
    const jobs = targets.flatMap((t) => platforms.map((p) => ({ ...t, platform: p })));
    const env = this.installEnv();
    return mapLimit(jobs, options.maxConcurrency ?? this.maxConcurrency, async ({ tool, version, platform }): Promise<LockOutcome> => {
      const key = platformKey(platform);
      let source: InstallSource;
      try {
        source = await this.registrySource(tool, version, platform);
      } catch (err) {
        const error = err instanceof AtmosError ? err : new AtmosError((err as Error).message);
        const unsupported = ['UNSUPPORTED_PLATFORM', 'NO_ASSET'].includes(error.code);
        return { tool, version, platform: key, status: unsupported ? 'unsupported' : 'failed', error };
      }
      try {
        const target = this.installTarget(tool, version, platform);
        // The same per-version lock as install: both use (and clean) the version's download directory.
        const dl = await withFileLock(this.layout.versionDir(tool.repoOwner, tool.repoName, version), () => downloadVerified(env, target, source), {
          staleMs: env.lockStaleMs,
        });
        await this.recordLock(tool, version, platform, { hex: dl.hex, algorithm: dl.algorithm, size: dl.size, url: dl.url }, dl.source.plan);
        return { tool, version, platform: key, status: 'locked', url: dl.url, checksum: dl.hex, checksumAlgorithm: dl.algorithm, size: dl.size };
      } catch (err) {
        const error = err instanceof AtmosError ? err : new AtmosError((err as Error).message, { cause: err });
        return { tool, version, platform: key, status: 'failed', error };
      }
    });
  }

  async clean(options: { cacheOnly?: boolean; dryRun?: boolean } = {}): Promise<CleanResult> {
    const candidates = options.cacheOnly
      ? [this.layout.downloadsRoot(), this.layout.tmpRoot()]
      : [this.layout.binRoot, this.layout.downloadsRoot(), this.layout.tmpRoot()];
    const paths: string[] = [];
    let bytes = 0;
    for (const p of candidates) {
      if (!(await pathExists(p))) continue;
      paths.push(p);
      bytes += await diskUsage(p);
      if (!options.dryRun) await fs.rm(p, { recursive: true, force: true });
    }
    if (!options.dryRun) this.installsChanged();
    return { paths, bytes };
  }

  async du(): Promise<DiskUsage> {
    const tools: DiskUsage['tools'] = [];
    for (const { owner, repo } of await this.layout.installedRepos()) {
      for (const version of sortVersions(await this.layout.installedVersions(owner, repo))) {
        const binDir = this.layout.versionDir(owner, repo, version);
        tools.push({ tool: `${owner}/${repo}`, version, bytes: await diskUsage(binDir), binDir });
      }
    }
    const downloadsBytes = await diskUsage(this.layout.downloadsRoot());
    return {
      installRoot: this.installRoot,
      totalBytes: tools.reduce((s, t) => s + t.bytes, 0) + downloadsBytes + (await diskUsage(this.layout.tmpRoot())),
      downloadsBytes,
      tools,
    };
  }

  async info(spec: ToolSpec, platform: Platform = this.platform): Promise<ToolInfo> {
    const lock = await this.readLock();
    const tool = await this.resolve(spec.tool);
    const version = await this.versionFor(tool, spec.version, lock);
    const registry = await this.registry();
    const plan = await registry.plan(tool, version, platform);
    const definition = await registry.describe(tool, version, platform);
    const locked = lock ? lockedPlatform(lock, `${tool.repoOwner}/${tool.repoName}`, version, platformKey(platform)) : undefined;
    const binDir = this.layout.versionDir(tool.repoOwner, tool.repoName, version);
    return {
      tool,
      version,
      platform,
      plan,
      definition,
      effectiveUrls: plan.urls.map(this.rewrite),
      checksumSource: plan.checksum
        ? `${plan.checksum.algorithm} from ${plan.checksum.url} (${plan.checksum.fileFormat || 'default'} format)`
        : plan.githubRelease
          ? 'GitHub release asset digest (when GitHub provides one)'
          : 'none declared',
      locked: locked ? { url: locked.url, checksum: locked.checksum, checksum_algorithm: locked.checksum_algorithm, size: locked.size } : undefined,
      installed: !!(await this.layout.readInstalled(tool.repoOwner, tool.repoName, version)),
      binDir,
    };
  }

  async aliases(): Promise<Record<string, string>> {
    const fromRegistry = await (await this.registry()).aliases();
    return { ...fromRegistry, ...this.aliasesFromConfig() };
  }
}

/** `1.2.3` → `v1.2.3` and back; undefined when the version does not look like one. */
function toggledVersion(v: string): string | undefined {
  if (/^v\d/.test(v)) return v.slice(1);
  if (/^\d/.test(v)) return `v${v}`;
  return undefined;
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

/** `v1.2.3` → `1.2.3` (pins are written without the v; registries add the prefix back for URLs). */
function displayVersion(v: string): string {
  return /^v\d/.test(v) ? v.slice(1) : v;
}

/**
 * The lock records `files` (and `format` when the URL does not show it) so that
 * install-from-lock can lay the binaries out without asking the registry.
 */
function lockExtras(plan: AssetPlan): { format?: string; files?: { name: string; src: string }[] } {
  const extras: { format?: string; files?: { name: string; src: string }[] } = {};
  const trivial = plan.files.length === 1 && plan.files[0].src === plan.files[0].name;
  if (!trivial) extras.files = plan.files.map((f) => ({ name: f.name, src: f.src }));
  if (plan.format && plan.format !== 'raw' && !plan.assetName.toLowerCase().endsWith(`.${plan.format}`)) extras.format = plan.format;
  if (plan.format === 'raw' && /\.(zip|gz|tgz|xz|bz2|tar)$/i.test(plan.assetName)) extras.format = 'raw';
  return extras;
}

function definedValues(map: Record<string, string | undefined> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).filter((e): e is [string, string] => e[1] !== undefined));
}

/** A failed release/tag listing as one AtmosError that says what it means for the tool (never the raw body). */
function versionListError(err: unknown, tool: ResolvedTool, repo: string): unknown {
  // Duck-typed: importing HttpStatusError would load undici, which this module loads lazily.
  const status = err instanceof AtmosError && err.code === 'HTTP_STATUS' ? (err as HttpStatusError).status : undefined;
  if (status !== 404 && status !== 401) return err;
  const name = tool.requestedAs ?? tool.name;
  return new AtmosError(`cannot list the versions of ${name}: GitHub answered HTTP ${status} for ${repo}`, {
    code: 'VERSIONS_UNAVAILABLE',
    explanation:
      status === 404
        ? `The repository ${repo} does not exist, is private (a token with access is needed), or the registry's repo_owner/repo_name for ${tool.name} is out of date.`
        : 'The GitHub token was refused.',
    hint: `Pin an exact version so no lookup is needed (atmos-ts toolchain add ${name}@<version>), or set GITHUB_TOKEN / ATMOS_GITHUB_TOKEN.`,
    context: { url: (err as AtmosError).context.url },
    cause: err,
  });
}
