// The runner tool cache (RUNNER_TOOL_CACHE) as a second home for installed tools, both ways.
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as tc from '@actions/tool-cache';
import { errorMessage } from '../../common/errors.js';
import { INSTALL_META, type ToolStatus, type InstallMeta } from '../../toolchain/index.js';
import type { Logger } from '../../common/logger.js';
import { nodeArch } from '../../common/platform.js';

export interface InstalledTool {
  name: string;
  /** `owner/repo` */
  package: string;
  version: string;
  /** Directory holding the tool's commands. */
  path: string;
}

/**
 * Copy each installed tool into the runner tool cache
 * (`RUNNER_TOOL_CACHE/<tool>/<version>/<arch>`), so self-hosted runners keep them and
 * other actions find them with `tc.find`. Best effort: a failure is a warning.
 */
export async function cacheInToolCache(tools: InstalledTool[], goArch: string, logger: Logger): Promise<void> {
  const arch = nodeArch(goArch);
  for (const t of tools) {
    const name = t.package.split('/').pop()!;
    try {
      if (tc.find(name, t.version, arch)) continue;
      await tc.cacheDir(t.path, name, t.version, arch);
    } catch (err) {
      logger.warn(`could not copy ${name} ${t.version} into the runner tool cache: ${errorMessage(err)}`);
    }
  }
}

/**
 * Before installing: copy pinned versions that are missing from the install root but
 * present in the runner tool cache (a self-hosted runner that kept its tool cache but not
 * its home) back into place. Only a directory holding our install metadata for the same
 * package, version and platform is taken; anything else is ignored.
 */
/** Returns the `owner/repo@version` of every version taken from the tool cache. */
export async function seedFromToolCache(missing: ToolStatus[], platform: string, goArch: string, logger: Logger): Promise<Set<string>> {
  const arch = nodeArch(goArch);
  const seeded = new Set<string>();
  for (const s of missing) {
    if (s.installed) continue;
    const dir = tc.find(s.tool.repoName, s.version, arch);
    if (!dir) continue;
    try {
      const meta = JSON.parse(await readFile(path.join(dir, INSTALL_META), 'utf8')) as InstallMeta;
      if (meta.repoOwner !== s.tool.repoOwner || meta.repoName !== s.tool.repoName || meta.version !== s.version || meta.platform !== platform) continue;
      await cp(dir, s.binDir, { recursive: true, preserveTimestamps: true });
      seeded.add(`${s.tool.repoOwner}/${s.tool.repoName}@${s.version}`);
      logger.info(`${s.tool.name} ${s.version}: taken from the runner tool cache (${dir})`);
    } catch (err) {
      logger.debug(`runner tool cache entry ${dir} not used: ${errorMessage(err)}`);
    }
  }
  return seeded;
}
