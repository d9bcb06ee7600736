/*
 * The toolchain engine's public entry: the only module of src/toolchain/ that other layers import
 * (eslint.config.js, `atmos/layering`). Two kinds of export:
 *   - `createToolchain`, which loads the engine itself (manager.ts: registry, HTTP, archives,
 *     installs) on first call, so importing this entry stays cheap;
 *   - the small, dependency-light pieces the warm CLI path (`toolchain exec`, `env`, `which`),
 *     the CI cache key and the workflow engine use without the engine: where the files are
 *     (settings, layout), the lock and `.tool-versions` readers, local name resolution, running a
 *     tool, env rendering, version matching and the Go template renderer.
 * Public types live in types.ts and are re-exported here.
 */
import type { CreateToolchainOptions } from './context.js';
import type { ToolchainManager } from './types.js';

export type * from './types.js';
export type { CreateToolchainOptions } from './context.js';

/** The engine, loaded on first use (see the module comment). */
export async function createToolchain(opts: CreateToolchainOptions): Promise<ToolchainManager> {
  const { assembleToolchain } = await import('./manager.js');
  return assembleToolchain(opts);
}

export { toolchainSettings, type ToolchainSettings, type ToolchainPathFlags } from './settings.js';
export { INSTALL_META, InstallLayout, type InstallMeta } from './layout.js';
export { resolveLocally, type LocalTool } from './localResolve.js';
export { loadLockFile, type LockFileData } from './lockFile.js';
export { loadToolVersions, type ToolVersions } from './toolVersions.js';
export { exitCodeFor, exitLikeChild, runTool, type RunToolOptions, type ToolExit } from './exec.js';
export { ENV_FORMATS, joinPath, parseEnvFormat, renderEnv, renderGithubPath, type EnvFormat } from './envFormat.js';
export { isConstraint, satisfies, sortVersions } from './versionMatch.js';
export { renderTemplate, TemplateError, type TemplateData } from './registry/goTemplate.js';
