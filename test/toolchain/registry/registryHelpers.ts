import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { HttpClient } from '../../../src/common/http.js';
import { silentLogger, type Logger } from '../../../src/common/logger.js';
import { loadConfig, type LoadedConfig } from '../../../src/config/load.js';
import { createRegistrySet } from '../../../src/toolchain/registry/index.js';
import type { RegistrySet } from '../../../src/toolchain/registry/types.js';
import { tempDir } from '../../support/tmp.js';

/** A project dir with this atmos.yaml and a private cache root. */
export function projectConfig(atmosYaml: string, dir = tempDir()): LoadedConfig {
  writeFileSync(path.join(dir, 'atmos.yaml'), atmosYaml);
  return loadConfig({ cwd: dir, env: { ATMOS_XDG_CACHE_HOME: path.join(dir, 'cache') } });
}

export function registrySet(config: LoadedConfig, extra: { toolsConfigPath?: string; logger?: Logger } = {}): RegistrySet {
  const logger = extra.logger ?? silentLogger;
  return createRegistrySet({ config, http: new HttpClient({ logger, retries: 0 }), logger, toolsConfigPath: extra.toolsConfigPath });
}

export const LINUX = { os: 'linux', arch: 'amd64' };
export const LINUX_ARM = { os: 'linux', arch: 'arm64' };
export const MAC = { os: 'darwin', arch: 'arm64' };
export const WIN = { os: 'windows', arch: 'amd64' };
