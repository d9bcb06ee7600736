// setup-toolchain (shared with the root action): inputs, install-root cache, installs, PATH and outputs.
import path from 'node:path';
import { hasActionsRuntime, pinsHash, resolveCachePlan, restore, save, type RestoreReport, type SaveReport } from '../../cache/index.js';
import { errorMessage } from '../../common/errors.js';
import { platformKey } from '../../common/platform.js';
import { applyOverrides, loadConfig, type LoadedConfig } from '../../config/index.js';
import { createToolchain, type InstallOutcome, type ToolchainManager, type ToolSpec } from '../../toolchain/index.js';
import { CONFIG_INPUT } from '../common/constants.js';
import { boolInput, enumInput, listInput, stringInput } from '../common/inputs.js';
import type { ActionContext, ActionIO } from '../common/io.js';
import { SAVE_POLICIES, type SavePolicy } from '../common/savePolicy.js';
import { parseToolRef } from '../../workflow/index.js';
import { toolchainCacheKey, toolchainKeyPrefix } from './cacheKey.js';
import { INPUT, OUTPUT } from './constants.js';
import { installFailure } from './failures.js';
import { formatToolchainSummary, toolRow, type InstallRootCache } from './summary.js';
import { cacheInToolCache, seedFromToolCache, type InstalledTool } from './toolCache.js';

export const VERIFY_POLICIES = ['required', 'when_available', 'disabled'] as const;

export interface SetupToolchainInputs {
  toolVersions: string;
  /** Extra `tool@version` entries. */
  tools: string[];
  config?: string;
  installRoot?: string;
  cache: boolean;
  githubToken?: string;
  verify?: (typeof VERIFY_POLICIES)[number];
  save: SavePolicy;
}

/** Inputs of setup-toolchain; the root action passes its `toolchain-` prefix. */
export function readSetupInputs(io: ActionIO, prefix = '', defaults: { cache?: boolean } = {}): SetupToolchainInputs {
  const name = (n: string) => `${prefix}${n}`;
  const verify = stringInput(io, name(INPUT.verify)).replace(/-/g, '_');
  return {
    toolVersions: stringInput(io, name(INPUT.toolVersions), '.tool-versions'),
    tools: listInput(io, name(INPUT.tools)),
    config: stringInput(io, name(INPUT.config)) || stringInput(io, CONFIG_INPUT) || undefined,
    installRoot: stringInput(io, name(INPUT.installRoot)) || undefined,
    cache: boolInput(io, name(INPUT.cache), defaults.cache ?? true),
    githubToken: stringInput(io, name(INPUT.githubToken)) || stringInput(io, INPUT.githubToken) || undefined,
    verify: verify ? enumValue(io, name(INPUT.verify), verify) : undefined,
    save: enumInput(io, name(INPUT.save), SAVE_POLICIES, 'on-success'),
  };
}

function enumValue(io: ActionIO, name: string, value: string): (typeof VERIFY_POLICIES)[number] {
  if ((VERIFY_POLICIES as readonly string[]).includes(value)) return value as (typeof VERIFY_POLICIES)[number];
  // Reuse the input parser's message for an invalid value.
  return enumInput(io, name, VERIFY_POLICIES, 'when_available');
}

export interface SetupResult {
  tools: InstalledTool[];
  cacheHit: boolean;
  installRoot: string;
  /** Key used for the install-root cache (undefined when caching is off). */
  cacheKey?: string;
  restore?: RestoreReport;
  pathDirs: string[];
}

export function loadActionConfig(configPath: string | undefined, ctx: ActionContext): LoadedConfig {
  return loadConfig({ configPath, cwd: ctx.cwd, env: ctx.env, logger: ctx.logger });
}

async function makeToolchain(inputs: SetupToolchainInputs, ctx: ActionContext): Promise<{ toolchain: ToolchainManager; config: LoadedConfig }> {
  const config = loadActionConfig(inputs.config, ctx);
  if (inputs.verify) applyOverrides(config, { 'toolchain.verification.checksums': inputs.verify });
  const toolchain = await createToolchain({
    config,
    logger: ctx.logger,
    env: ctx.env,
    toolVersionsPath: path.resolve(ctx.cwd, inputs.toolVersions),
    installRoot: inputs.installRoot ? path.resolve(ctx.cwd, inputs.installRoot) : undefined,
    githubToken: inputs.githubToken,
  });
  return { toolchain, config };
}

/** Cache plan for the install root (a literal key; the engine handles archive, excludes, state). */
async function installRootPlan(config: LoadedConfig, toolchain: ToolchainManager, key: string) {
  return resolveCachePlan(config, {
    root: toolchain.installRoot,
    paths: [],
    key,
    restoreKeys: [toolchainKeyPrefix(toolchain.platform)],
  });
}

function specsFrom(tools: string[]): ToolSpec[] {
  return tools.map((t) => {
    const { tool, version } = parseToolRef(t);
    return { tool, version };
  });
}

function installedTool(o: InstallOutcome): InstalledTool {
  return { name: o.tool.requestedAs ?? o.tool.repoName, package: `${o.tool.repoOwner}/${o.tool.repoName}`, version: o.version, path: o.binDir! };
}

/**
 * setup-toolchain's main phase: restore the install root from the Actions cache, install
 * every pinned tool (+ extra `tools`), copy them into the runner tool cache and put the
 * default versions on PATH. Throws (naming tool, version, platform, URL, reason) when any
 * install fails. Each phase is one `::group::` of the log; the tools table goes to the job
 * summary.
 */
export async function setupToolchain(inputs: SetupToolchainInputs, ctx: ActionContext): Promise<SetupResult> {
  const started = Date.now();
  const { toolchain, config } = await makeToolchain(inputs, ctx);
  const platform = platformKey(toolchain.platform);
  const { cacheKey, restored, cache } = inputs.cache
    ? await ctx.io.group('Restore the toolchain cache', () => restoreInstallRoot(inputs, toolchain, config, ctx))
    : { cacheKey: undefined, restored: undefined, cache: { state: 'off' } as InstallRootCache };
  return ctx.io.group(`Install the tools (${platform})`, async () => {
    const seeded =
      restored?.outcome === 'exact' ? new Set<string>() : await seedFromToolCache(await toolchain.status(), platform, toolchain.platform.arch, ctx.logger);
    const pinned = await toolchain.install('all');
    const extra = inputs.tools.length ? await toolchain.install(specsFrom(inputs.tools)) : [];
    const outcomes = [...pinned, ...extra];
    const failed = outcomes.filter((o) => o.status === 'failed');
    if (failed.length > 0) throw installFailure(failed, platform);
    const fresh = outcomes.filter((o) => o.status === 'installed').length;
    ctx.logger.info(`${outcomes.length} tool version(s) ready (${fresh} downloaded, ${outcomes.length - fresh} already present) for ${platform}`);

    const seen = new Set<string>();
    const tools = outcomes.map(installedTool).filter((t) => !seen.has(t.path) && seen.add(t.path));
    await cacheInToolCache(tools, toolchain.platform.arch, ctx.logger);
    const restoredAny = restored?.outcome === 'exact' || restored?.outcome === 'prefix';
    const rows = outcomes.map((o) => toolRow(o, { seeded, restored: restoredAny }));
    await ctx.io.appendSummary(formatToolchainSummary(rows, { platform, totalMs: Date.now() - started, cache }));

    // Default version of each pinned tool, then the extra tools; the first entry wins on PATH.
    const pathDirs = [...new Set([...(await toolchain.pathEntries()), ...extra.map((o) => o.binDir!)])];
    return {
      tools,
      cacheHit: restored?.outcome === 'exact',
      installRoot: toolchain.installRoot,
      cacheKey,
      restore: restored,
      pathDirs,
    };
  });
}

async function restoreInstallRoot(
  inputs: SetupToolchainInputs,
  toolchain: ToolchainManager,
  config: LoadedConfig,
  ctx: ActionContext,
): Promise<{ cacheKey?: string; restored?: RestoreReport; cache: InstallRootCache }> {
  if (!hasActionsRuntime(ctx.env)) {
    ctx.logger.info('toolchain cache: no Actions runtime in this environment (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL); skipped');
    return { cache: { state: 'no-runtime' } };
  }
  const pins = await pinsHash({ versionsFile: toolchain.toolVersionsPath, lockFile: toolchain.lockPath });
  const cacheKey = toolchainCacheKey(toolchain.platform, pins.hash, inputs.tools);
  try {
    const restored = await restore(await installRootPlan(config, toolchain, cacheKey), { logger: ctx.logger, env: ctx.env });
    const cache: InstallRootCache =
      (restored.outcome === 'exact' || restored.outcome === 'prefix') && restored.matchedKey
        ? { state: restored.outcome, matchedKey: restored.matchedKey }
        : { state: 'miss' };
    return { cacheKey, restored, cache };
  } catch (err) {
    ctx.logger.warn(`toolchain cache restore failed; installing from upstream: ${errorMessage(err)}`);
    return { cacheKey, cache: { state: 'failed' } };
  }
}

/** `addPath` prepends, so add in reverse to keep the first directory first. */
export function addToPath(io: ActionIO, dirs: string[]): void {
  for (const d of [...dirs].reverse()) io.addPath(d);
}

/** Save the install root under `key` (post phase, or end of main for `save: always`). */
export async function saveToolchainCache(
  inputs: Pick<SetupToolchainInputs, 'config' | 'installRoot' | 'toolVersions' | 'githubToken'>,
  key: string,
  ctx: ActionContext,
): Promise<SaveReport> {
  return ctx.io.group('Save the toolchain cache', async () => {
    const { toolchain, config } = await makeToolchain({ ...inputs, tools: [], cache: true, save: 'always' }, ctx);
    return save(await installRootPlan(config, toolchain, key), { logger: ctx.logger, env: ctx.env });
  });
}

/**
 * Main's common part (setup-toolchain and the root action): mask the token, install, put
 * the tools on PATH, set the `tools` and `install-root` outputs and the cache-hit output
 * under `cacheHitOutput` (the root action names it `toolchain-cache-hit`).
 */
export async function setupAndExpose(inputs: SetupToolchainInputs, ctx: ActionContext, cacheHitOutput: string = OUTPUT.cacheHit): Promise<SetupResult> {
  const { io } = ctx;
  // GitHub tokens are masked before anything can print them.
  if (inputs.githubToken) io.setSecret(inputs.githubToken);
  const result = await setupToolchain(inputs, ctx);
  addToPath(io, result.pathDirs);
  io.setOutput(OUTPUT.tools, JSON.stringify(result.tools));
  io.setOutput(cacheHitOutput, String(result.cacheHit));
  io.setOutput(OUTPUT.installRoot, result.installRoot);
  return result;
}
