import path from 'node:path';
import { errorMessage } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { LoadedConfig } from '../config/index.js';
import type { ToolchainManager } from '../toolchain/index.js';

/** Incremented for each switch; a child that sees it > 0 never switches again. */
export const REEXEC_DEPTH_ENV = 'ATMOS_TS_REEXEC_DEPTH';
/** The package of this project's own release asset in the built-in registry. */
export const SELF_PACKAGE = 'atmos-ts/atmos-ts';

export type SwitchDecision = { switch: false; reason: string } | { switch: true; version: string };

function bare(v: string): string {
  return v.trim().replace(/^v/, '');
}

/** Pure: should this process re-run itself as `target`? */
export function decideSwitch(current: string, target: string | undefined, env: NodeJS.ProcessEnv): SwitchDecision {
  if (!target || !target.trim()) return { switch: false, reason: 'no version pinned' };
  const depth = Number(env[REEXEC_DEPTH_ENV] ?? '0');
  if (Number.isFinite(depth) && depth > 0) return { switch: false, reason: `already switched (${REEXEC_DEPTH_ENV}=${depth})` };
  if (bare(target) === bare(current)) return { switch: false, reason: `already running ${current}` };
  return { switch: true, version: bare(target) };
}

/**
 * Node runs extensionless ESM files only with module detection, which is on by default
 * from Node 20.19 / 22.7; older 20.x need the flag.
 */
export function nodeArgsFor(script: string, nodeVersion = process.versions.node): string[] {
  if (/\.m?js$/.test(script)) return [];
  const [major, minor] = nodeVersion.split('.').map(Number);
  return major < 22 && !(major === 20 && minor >= 19) ? ['--experimental-detect-module'] : [];
}

export interface SwitchDeps {
  current: string;
  logger: Logger;
  env: NodeJS.ProcessEnv;
  loadConfig(): LoadedConfig;
  createToolchain(config: LoadedConfig): Promise<Pick<ToolchainManager, 'binaryFor'>>;
}

/**
 * `use: <version>` (or `ATMOS_USE_VERSION`): install that atmos-ts and re-run it with
 * the same arguments and environment. Returns the child's exit code, or undefined when
 * this process should carry on itself (no pin, same version, loop guard, or a failed
 * install — a warning, never fatal).
 */
export async function switchToPinnedVersion(args: readonly string[], deps: SwitchDeps): Promise<number | undefined> {
  let config: LoadedConfig;
  try {
    config = deps.loadConfig();
  } catch (err) {
    // A broken config is reported by the command that needs it, with file:line.
    deps.logger.debug(`use: not checked (${errorMessage(err)})`);
    return undefined;
  }
  const decision = decideSwitch(deps.current, config.values.use, deps.env);
  if (!decision.switch) {
    deps.logger.debug(`use: ${decision.reason}`);
    return undefined;
  }
  const { version } = decision;
  let script: string;
  try {
    const toolchain = await deps.createToolchain(config);
    script = await toolchain.binaryFor({ tool: SELF_PACKAGE, version }, { autoInstall: true, binary: 'atmos-ts' });
  } catch (err) {
    deps.logger.warn(`Failed to switch to atmos-ts ${version}: ${errorMessage(err)}. Continuing with the current version ${deps.current}.`);
    return undefined;
  }
  deps.logger.info(
    `Switching to atmos-ts ${version} (pinned by ${config.env.ATMOS_USE_VERSION ? 'ATMOS_USE_VERSION' : `use: in ${path.basename(config.file ?? 'atmos.yaml')}`})`,
  );
  const depth = Number(deps.env[REEXEC_DEPTH_ENV] ?? '0') || 0;
  // Loaded here, not at the top: this module is in every start-up, the toolchain entry is not.
  const { exitCodeFor, runTool } = await import('../toolchain/index.js');
  const exit = await runTool(process.execPath, [...nodeArgsFor(script), script, ...args], {
    env: { ...deps.env, [REEXEC_DEPTH_ENV]: String(depth + 1) },
  });
  return exitCodeFor(exit);
}

/**
 * The CLI's startup hook: honour `use:` / `ATMOS_USE_VERSION` for this invocation
 * (`argv` as main() gets it). Returns the exit code of the switched-to version, or
 * undefined to carry on in this process.
 */
export async function reexecIfPinned(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number | undefined> {
  const args = argv.slice(2);
  const [{ loadEarlyConfig }, { ConsoleLogger }, { parseLogLevel }, { VERSION }] = await Promise.all([
    import('./earlyConfig.js'),
    import('../common/consoleLogger.js'),
    import('../common/logger.js'),
    import('../version.js'),
  ]);
  const logger = new ConsoleLogger({ level: parseLogLevel(env.ATMOS_LOGS_LEVEL ?? env.ATMOS_LOG_LEVEL) });
  return switchToPinnedVersion(args, {
    current: VERSION,
    logger,
    env,
    loadConfig: () => {
      const loaded = loadEarlyConfig(args, env);
      if (loaded instanceof Error) throw loaded;
      return loaded;
    },
    createToolchain: async (config) => (await import('../toolchain/index.js')).createToolchain({ config, logger, env }),
  });
}
