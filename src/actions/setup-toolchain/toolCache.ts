import * as tc from '@actions/tool-cache';
import { errorMessage } from '../../common/errors.js';
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
