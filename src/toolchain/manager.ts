/*
 * The toolchain engine assembled from its parts, each in its own module:
 *   settings.ts       where the files are (shared with the warm CLI path and the CI cache key)
 *   context.ts        shared state, lazy HTTP/registry loading, name resolution
 *   versionSelect.ts  which exact version a pin, `latest` or a constraint means
 *   sources/          where an install's bytes come from (lock, registry), one class per source
 *   installer.ts      installs (with install.ts doing one version atomically)
 *   lockWriter.ts     toolchain.lock.yaml entries and the `lock` command
 *   pinEdits.ts       `.tool-versions` edits
 *   inventory.ts      status, du, clean, uninstall, info
 *   binaries.ts       a tool's command and the PATH entries
 * Loaded by `createToolchain` (index.ts) on first use, so commands that only read the lock and
 * the install root (the warm `exec` path) never load the registry, HTTP or archive code.
 */
import type { Platform } from '../common/platform.js';
import { BinaryLookup } from './binaries.js';
import { ToolchainContext, type CreateToolchainOptions } from './context.js';
import { Installer } from './installer.js';
import { Inventory } from './inventory.js';
import { LockWriter } from './lockWriter.js';
import { PinEditor } from './pinEdits.js';
import type { ResolvedTool } from './registry/types.js';
import { RegistrySource } from './sources/index.js';
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
import { VersionSelector, type ListOptions } from './versionSelect.js';

export function assembleToolchain(opts: CreateToolchainOptions): ToolchainManager {
  return new ToolchainEngine(new ToolchainContext(opts));
}

/** The ToolchainManager API over the parts; no logic of its own beyond wiring. */
class ToolchainEngine implements ToolchainManager {
  readonly installRoot: string;
  readonly toolVersionsPath: string;
  readonly lockPath: string;
  readonly platform: Platform;
  private readonly versions: VersionSelector;
  private readonly installer: Installer;
  private readonly lockWriter: LockWriter;
  private readonly pins: PinEditor;
  private readonly inventory: Inventory;
  private readonly binaries: BinaryLookup;

  constructor(private readonly ctx: ToolchainContext) {
    ({ installRoot: this.installRoot, toolVersionsPath: this.toolVersionsPath, lockPath: this.lockPath } = ctx.settings);
    this.platform = ctx.platform;
    const registrySource = new RegistrySource(ctx);
    this.versions = new VersionSelector(ctx);
    this.lockWriter = new LockWriter(ctx, registrySource);
    this.installer = new Installer(ctx, this.versions, registrySource, this.lockWriter);
    this.pins = new PinEditor(ctx, this.versions);
    this.inventory = new Inventory(ctx, this.versions);
    this.binaries = new BinaryLookup(ctx, this.versions, this.installer);
  }

  /* ---- names and versions ---- */

  resolve(tool: string): Promise<ResolvedTool> {
    return this.ctx.resolve(tool);
  }

  async aliases(): Promise<Record<string, string>> {
    const fromRegistry = await (await this.ctx.registry()).aliases();
    return { ...fromRegistry, ...this.ctx.aliasesFromConfig() };
  }

  async resolveVersion(spec: ToolSpec): Promise<string> {
    const lock = await this.ctx.readLock();
    const tool = await this.ctx.resolveFast(spec.tool, lock);
    return this.versions.versionFor(tool, spec.version, lock);
  }

  async availableVersions(tool: string, options: ListOptions = {}): Promise<string[]> {
    return this.versions.availableFor(await this.ctx.resolve(tool), options);
  }

  async latestVersion(tool: string): Promise<string> {
    return this.versions.latestFor(await this.ctx.resolve(tool));
  }

  /* ---- installs and the lock ---- */

  async install(specs: ToolSpec[] | 'all', options: InstallOptions = {}): Promise<InstallOutcome[]> {
    const outcomes = await this.installer.install(specs, options);
    if (options.setDefault) {
      for (const o of outcomes) if (o.status !== 'failed') await this.pins.setDefault(o.tool, o.version);
    }
    return outcomes;
  }

  ensureTools(needs: Record<string, string>): Promise<EnsureResult> {
    return this.installer.ensureTools(needs);
  }

  async lock(specs: ToolSpec[] | 'all', options: LockOptions = {}): Promise<LockOutcome[]> {
    // Re-resolved from the registry (it is how a lock is refreshed), so existing entries are ignored.
    return this.lockWriter.lock(await this.installer.targets(specs, undefined), options);
  }

  binaryFor(spec: ToolSpec, options?: { autoInstall?: boolean; binary?: string }): Promise<string> {
    return this.binaries.binaryFor(spec, options);
  }

  pathEntries(): Promise<string[]> {
    return this.binaries.pathEntries();
  }

  /* ---- .tool-versions ---- */

  configuredVersions(): Promise<Record<string, string[]>> {
    return this.pins.configuredVersions();
  }

  setVersion(tool: string, version: string): Promise<void> {
    return this.pins.setVersion(tool, version);
  }

  addVersion(tool: string, version: string, options?: { setDefault?: boolean }): Promise<void> {
    return this.pins.addVersion(tool, version, options);
  }

  removeVersion(tool: string, version?: string): Promise<boolean> {
    return this.pins.removeVersion(tool, version);
  }

  /* ---- inventory ---- */

  status(): Promise<ToolStatus[]> {
    return this.inventory.status();
  }

  uninstall(specs: ToolSpec[] | 'all'): Promise<UninstallOutcome[]> {
    return this.inventory.uninstall(specs);
  }

  clean(options?: { cacheOnly?: boolean; dryRun?: boolean }): Promise<CleanResult> {
    return this.inventory.clean(options);
  }

  du(): Promise<DiskUsage> {
    return this.inventory.du();
  }

  info(spec: ToolSpec, platform?: Platform): Promise<ToolInfo> {
    return this.inventory.info(spec, platform);
  }
}
