/*
 * Where the toolchain keeps its files, from flags > `toolchain.*` keys in atmos.yaml > defaults.
 * One module, because three places need the same answer: the engine, the warm path of
 * `exec`/`which` (which must not load the engine) and the CI cache's default key (which
 * hashes the pin files). Flags are relative to the working directory; atmos.yaml keys are
 * relative to atmos.yaml's directory and may start with `~/`.
 */
import path from 'node:path';
import { expandPath } from '../common/paths.js';
import type { LoadedConfig } from '../config/index.js';

export interface ToolchainSettings {
  installRoot: string;
  toolVersionsPath: string;
  lockPath: string;
  /** `toolchain.use_lock_file` (default true). */
  useLock: boolean;
}

/** Command-line flags (or action inputs) that beat atmos.yaml. */
export interface ToolchainPathFlags {
  /** `--tool-versions`. */
  toolVersions?: string;
  /** `--toolchain-path`. */
  installRoot?: string;
  lockPath?: string;
}

export function toolchainSettings(config: LoadedConfig, flags: ToolchainPathFlags = {}): ToolchainSettings {
  const tc = config.values.toolchain ?? {};
  const toolVersionsPath = flags.toolVersions ? path.resolve(config.cwd, flags.toolVersions) : expandPath(tc.versions_file || '.tool-versions', config.baseDir);
  const lockPath = flags.lockPath
    ? path.resolve(config.cwd, flags.lockPath)
    : tc.lock_file
      ? expandPath(tc.lock_file, config.baseDir)
      : path.join(path.dirname(toolVersionsPath), 'toolchain.lock.yaml');
  const installRoot = flags.installRoot
    ? path.resolve(config.cwd, flags.installRoot)
    : tc.install_path
      ? expandPath(tc.install_path, config.baseDir)
      : path.join(config.cacheRoot, 'toolchain');
  return { installRoot, toolVersionsPath, lockPath, useLock: tc.use_lock_file ?? true };
}
