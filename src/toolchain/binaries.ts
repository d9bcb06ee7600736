/*
 * Finding installed binaries: one tool's command (`which`, `exec`, installing it on demand)
 * and the bin directories of every pinned default (PATH).
 */
import path from 'node:path';
import { AtmosError } from '../common/errors.js';
import type { ToolchainContext } from './context.js';
import type { Installer } from './installer.js';
import type { LockFileData } from './lockFile.js';
import type { ResolvedTool } from './registry/types.js';
import type { ToolSpec } from './types.js';
import { highestMatch, isConstraint } from './versionMatch.js';
import type { VersionSelector } from './versionSelect.js';

export class BinaryLookup {
  constructor(
    private readonly ctx: ToolchainContext,
    private readonly versions: VersionSelector,
    private readonly installer: Installer,
  ) {}

  async binaryFor(spec: ToolSpec, options: { autoInstall?: boolean; binary?: string } = {}): Promise<string> {
    const { layout, logger } = this.ctx;
    const lock = await this.ctx.readLock();
    const tool = await this.ctx.resolveFast(spec.tool, lock);
    if (!options.autoInstall && !spec.version) await this.requirePinnedOrInstalled(tool, lock);
    const version = await this.versions.versionFor(tool, spec.version, lock);
    const shown = tool.requestedAs ?? tool.name;
    const found = await layout.checkInstall(tool.repoOwner, tool.repoName, version);
    let meta = found.state === 'complete' ? found.meta : undefined;
    if (!meta) {
      const what = found.state === 'incomplete' ? `is installed incompletely (${found.problem})` : 'is not installed';
      if (!options.autoInstall) {
        throw new AtmosError(`${shown} ${version} ${what}`, {
          code: 'TOOL_NOT_INSTALLED',
          explanation: `Looked in ${layout.versionDir(tool.repoOwner, tool.repoName, version)}.`,
          hint: `Run: atmos-ts toolchain install ${shown}@${version}`,
        });
      }
      logger.info(`${shown} ${version} ${what}; installing`);
      const outcome = await this.installer.installRecorded({ tool, version }, lock);
      if (outcome.error) throw outcome.error;
      meta = await layout.readInstalled(tool.repoOwner, tool.repoName, version);
      if (!meta) throw new AtmosError(`install of ${tool.name}@${version} left no complete binaries`, { code: 'INSTALL_INCOMPLETE' });
    }
    const binDir = layout.versionDir(tool.repoOwner, tool.repoName, version);
    const wanted = options.binary ?? spec.tool.split('/').pop()!;
    const name = meta.binaries.find((b) => b === wanted || b.replace(/\.exe$/i, '') === wanted) ?? (options.binary ? undefined : meta.binaries[0]);
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
    if (await this.ctx.configuredFor(tool, await this.ctx.toolVersions(), lock)) return;
    if ((await this.ctx.layout.installedVersions(tool.repoOwner, tool.repoName)).length > 0) return;
    const name = tool.requestedAs ?? tool.name;
    throw new AtmosError(`${name} is not installed`, {
      code: 'TOOL_NOT_INSTALLED',
      explanation: `${this.ctx.shownVersionsFile()} does not pin ${name}, and no version of ${tool.repoOwner}/${tool.repoName} is installed.`,
      hint: `Pin and install it: atmos-ts toolchain add ${name} && atmos-ts toolchain install (or run it once with atmos-ts toolchain exec ${name}@<version>).`,
    });
  }

  async pathEntries(): Promise<string[]> {
    const { layout, logger } = this.ctx;
    const lock = await this.ctx.readLock();
    const tv = await this.ctx.toolVersions();
    const dirs: string[] = [];
    for (const [name, versions] of tv.tools) {
      const tool = await this.ctx.resolveFast(name, lock);
      const version = versions[0];
      if (isConstraint(version) || version === 'latest') {
        const v = highestMatch(await layout.installedVersions(tool.repoOwner, tool.repoName), version);
        if (v) dirs.push(layout.versionDir(tool.repoOwner, tool.repoName, v));
        continue;
      }
      if (await layout.readInstalled(tool.repoOwner, tool.repoName, version)) dirs.push(layout.versionDir(tool.repoOwner, tool.repoName, version));
      else logger.debug(`${name} ${version} is not installed; not on PATH`);
    }
    return [...new Set(dirs)];
  }
}
