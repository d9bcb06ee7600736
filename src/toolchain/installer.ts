/*
 * Installs: expand requests into exact targets, pick each target's source (lock, else
 * registry), run `installVersion` with the engine's concurrency limit, and record new
 * registry installs in the lock.
 */
import { AtmosError } from '../common/errors.js';
import { mapLimit } from '../common/mapLimit.js';
import { platformKey, type Platform } from '../common/platform.js';
import type { AssetPlan } from './assetPlan.js';
import type { Target, ToolchainContext } from './context.js';
import { installVersion, type InstallEnv, type InstallTarget } from './install.js';
import type { LockRecord, LockWriter } from './lockWriter.js';
import type { LockFileData } from './lockFile.js';
import type { ResolvedTool } from './registry/types.js';
import { installSource, LockSource, type RegistrySource } from './sources/index.js';
import type { EnsureResult, InstallOptions, InstallOutcome, ToolSpec } from './types.js';
import type { VersionSelector } from './versionSelect.js';

export class Installer {
  constructor(
    private readonly ctx: ToolchainContext,
    private readonly versions: VersionSelector,
    private readonly registrySource: RegistrySource,
    private readonly lockWriter: LockWriter,
  ) {}

  async install(specs: ToolSpec[] | 'all', options: InstallOptions = {}): Promise<InstallOutcome[]> {
    const lock = await this.ctx.readLock();
    const targets = await this.targets(specs, lock);
    const records: LockRecord[] = [];
    const outcomes = await mapLimit(targets, options.maxConcurrency ?? this.ctx.maxConcurrency, (t) => this.installOne(t, lock, options, records));
    await this.lockWriter.recordAll(records);
    return outcomes;
  }

  async ensureTools(needs: Record<string, string>): Promise<EnsureResult> {
    const lock = await this.ctx.readLock();
    const entries = Object.entries(needs);
    const targets = await mapLimit(entries, this.ctx.maxConcurrency, async ([name, constraint]) => {
      const tool = await this.ctx.resolveFast(name, lock);
      return { tool, version: await this.versions.versionFor(tool, constraint || undefined, lock) };
    });
    const records: LockRecord[] = [];
    const outcomes = await mapLimit(targets, this.ctx.maxConcurrency, (t) => this.installOne(t, lock, {}, records));
    await this.lockWriter.recordAll(records);
    const failed = outcomes.find((o) => o.status === 'failed');
    if (failed?.error) throw failed.error;
    return {
      pathDirs: [...new Set(outcomes.map((o) => o.binDir!))],
      versions: Object.fromEntries(entries.map(([name], i) => [name, targets[i].version])),
      outcomes,
    };
  }

  /** Expand specs into exact targets. 'all' = every version of every tool in .tool-versions. */
  async targets(specs: ToolSpec[] | 'all', lock: LockFileData | undefined): Promise<Target[]> {
    const out: Target[] = [];
    if (specs === 'all') {
      const tv = await this.ctx.toolVersions();
      for (const [name, versions] of tv.tools) {
        const tool = await this.ctx.resolveFast(name, lock);
        for (const v of versions) out.push({ tool, version: await this.versions.versionFor(tool, v, lock) });
      }
    } else {
      for (const spec of specs) {
        const tool = await this.ctx.resolveFast(spec.tool, lock);
        out.push({ tool, version: await this.versions.versionFor(tool, spec.version, lock) });
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

  /** One target, its lock entry written at once (`exec`/`which` auto-install). */
  async installRecorded(target: Target, lock: LockFileData | undefined): Promise<InstallOutcome> {
    const records: LockRecord[] = [];
    const outcome = await this.installOne(target, lock, {}, records);
    await this.lockWriter.recordAll(records);
    return outcome;
  }

  /**
   * Install one target. A registry install's lock entry is pushed onto `lockRecords`: the
   * caller writes the lock file once, after the whole run.
   */
  async installOne(target: Target, lock: LockFileData | undefined, options: InstallOptions, lockRecords: LockRecord[]): Promise<InstallOutcome> {
    const { tool, version } = target;
    const { platform, logger } = this.ctx;
    let fromLock = false;
    let plan: AssetPlan | undefined;
    const started = Date.now();
    try {
      const res = await installVersion(
        installEnv(this.ctx),
        installTarget(tool, version, platform),
        async () => {
          const source = await installSource(
            { lock: new LockSource(lock, this.registrySource.lockSignatureCheck), registry: this.registrySource },
            tool,
            version,
            platform,
          );
          fromLock = source.fromLock;
          plan = source.plan;
          return source;
        },
        { reinstall: options.reinstall },
      );
      if (res.plan) plan = res.plan;
      if (res.status === 'installed') {
        this.ctx.installsChanged();
        logger.success(`installed ${tool.name}@${version}${fromLock ? ' (from lock)' : ''}`);
        if (this.ctx.settings.useLock && res.digest && !fromLock) lockRecords.push({ tool, version, platform, digest: res.digest, plan });
      }
      return {
        tool,
        version,
        status: res.status,
        binDir: res.binDir,
        binaries: res.binaries,
        fromLock,
        downloadedBytes: res.downloadedBytes,
        durationMs: Date.now() - started,
        plan,
        ...(res.meta.signatures?.length ? { signatures: res.meta.signatures } : {}),
      };
    } catch (err) {
      const error = err instanceof AtmosError ? err : new AtmosError(`installing ${tool.name}@${version} failed: ${(err as Error).message}`, { cause: err });
      if (!error.context.tool) error.context.tool = `${tool.name}@${version}`;
      return { tool, version, status: 'failed', error, plan, fromLock, durationMs: Date.now() - started };
    }
  }
}

export function installEnv(ctx: ToolchainContext): InstallEnv {
  const stale = Number(ctx.env.ATMOS_TOOLCHAIN_LOCK_STALE_MS);
  return {
    layout: ctx.layout,
    http: async () => (await ctx.net()).http,
    rewrite: ctx.rewrite,
    logger: ctx.logger,
    windows: ctx.platform.os === 'windows',
    lockStaleMs: Number.isFinite(stale) && stale > 0 ? stale : undefined,
    shared: () => ctx.sharedTier(),
  };
}

export function installTarget(tool: ResolvedTool, version: string, platform: Platform): InstallTarget {
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
