import path from 'node:path';
import { silentLogger } from '../common/logger.js';
import { loadConfig, type LoadedConfig } from '../config/index.js';
import { scanGlobalOptions } from './argvScan.js';

/**
 * The configuration as the command about to run will see it, loaded before commander
 * parses (for `use:` and custom commands). Errors are returned, not thrown: the command
 * itself reports a broken config with file:line.
 */
export function loadEarlyConfig(args: readonly string[], env: NodeJS.ProcessEnv = process.env): LoadedConfig | Error {
  const early = scanGlobalOptions(args);
  const cwd = early.chdir ? path.resolve(early.chdir) : process.cwd();
  try {
    return loadConfig({ configPath: early.config, cwd, env, logger: silentLogger });
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}
