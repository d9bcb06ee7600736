/*
 * Edits of `.tool-versions` (asdf semantics: first version = default) and, when a pin is
 * removed, of its lock entries. Whichever key the file uses for a tool (alias, short name,
 * owner/repo) is the one edited.
 */
import { pathExists } from '../common/atomicFile.js';
import { platformKey } from '../common/platform.js';
import type { ToolchainContext } from './context.js';
import { splitName } from './localResolve.js';
import { removeLocked, updateLockFile, type LockFileData } from './lockFile.js';
import type { ResolvedTool } from './registry/types.js';
import { addVersion, removeVersion, setDefaultVersion, updateToolVersions } from './toolVersions.js';
import type { VersionSelector } from './versionSelect.js';

export class PinEditor {
  constructor(
    private readonly ctx: ToolchainContext,
    private readonly versions: VersionSelector,
  ) {}

  async configuredVersions(): Promise<Record<string, string[]>> {
    const tv = await this.ctx.toolVersions();
    return Object.fromEntries([...tv.tools].map(([k, v]) => [k, [...v]]));
  }

  /** Make an exact version of a resolved tool its default (install --set-default). */
  async setDefault(tool: ResolvedTool, version: string): Promise<void> {
    const lock = await this.ctx.readLock();
    await updateToolVersions(this.ctx.settings.toolVersionsPath, (tv) =>
      setDefaultVersion(tv, tool.requestedAs ?? tool.name, version, this.sameTool(tool, lock)),
    );
  }

  async setVersion(tool: string, version: string): Promise<void> {
    const { resolved, exact, lock } = await this.pin(tool, version);
    await updateToolVersions(this.ctx.settings.toolVersionsPath, (tv) => setDefaultVersion(tv, tool, exact, this.sameTool(resolved, lock)));
  }

  async addVersion(tool: string, version: string, options: { setDefault?: boolean } = {}): Promise<void> {
    if (options.setDefault) return this.setVersion(tool, version);
    const { resolved, exact, lock } = await this.pin(tool, version);
    await updateToolVersions(this.ctx.settings.toolVersionsPath, (tv) => addVersion(tv, tool, exact, this.sameTool(resolved, lock)));
  }

  async removeVersion(tool: string, version?: string): Promise<boolean> {
    const { settings } = this.ctx;
    const lock = await this.ctx.readLock();
    const t = await this.ctx.resolveFast(tool, lock);
    let removed = false;
    await updateToolVersions(settings.toolVersionsPath, (tv) => {
      removed = removeVersion(tv, tool, version, this.sameTool(t, lock));
    });
    if (removed && settings.useLock && (await pathExists(settings.lockPath))) {
      await updateLockFile(settings.lockPath, platformKey(this.ctx.platform), (data) => {
        removeLocked(data, `${t.repoOwner}/${t.repoName}`, version);
      });
    }
    return removed;
  }

  private async pin(tool: string, version: string): Promise<{ resolved: ResolvedTool; exact: string; lock?: LockFileData }> {
    const lock = await this.ctx.readLock();
    const resolved = await this.ctx.resolveFast(tool, lock);
    return { resolved, exact: await this.versions.versionFor(resolved, version, lock), lock };
  }

  /** Whether a `.tool-versions` key names this tool (without asking the registry). */
  private sameTool(tool: ResolvedTool, lock?: LockFileData): (key: string) => boolean {
    const aliases = this.ctx.aliasesFromConfig();
    return (key) => {
      const local = splitName(key) ?? (aliases[key] ? splitName(aliases[key]) : undefined);
      if (local) return local.owner === tool.repoOwner && local.repo === tool.repoName;
      if (lock?.tools[`${tool.repoOwner}/${tool.repoName}`] && key === tool.repoName) return true;
      return key === tool.requestedAs;
    };
  }
}
