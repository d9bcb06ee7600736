/*
 * The tf-mirror action's side of the registry cache proxy (shared with the root action):
 * inputs, the Actions cache of the proxy's root, state for post, masks, exports and the
 * summary. Starting, watching and stopping the process is src/mirror/supervisor.ts.
 */

import os from 'node:os';
import path from 'node:path';
import { hasActionsRuntime, hashFiles, resolveCachePlan, restore, save } from '../../cache/index.js';
import { errorMessage } from '../../common/errors.js';
import { hostPlatform } from '../../common/platform.js';
import { loadConfig, type LoadedConfig } from '../../config/index.js';
import {
  formatReportLine,
  formatReportTable,
  sessionSettings,
  launchProxy,
  stopProxy,
  ensureTls,
  installTrust,
  needsOsTrust,
  removeTrust,
  type ServeAnnouncement,
  type ProxyStopped,
  type SavingsReport,
} from '../../mirror/index.js';
import { REEXEC_DEPTH_ENV } from '../../workflow/index.js';
import { CONFIG_INPUT } from '../common/constants.js';
import { boolInput, enumInput, listInput, mapInput, stringInput } from '../common/inputs.js';
import type { ActionContext, ActionIO } from '../common/io.js';
import { SAVE_POLICIES, saveInPost, type SavePolicy } from '../common/savePolicy.js';
import { LOCK_FILE_PATTERNS, registryCacheKeys } from './cacheKey.js';
import { INPUT, STATE } from './constants.js';

export interface MirrorInputs {
  mode?: 'registry' | 'mirror';
  metadataTtl?: string;
  staleWhileRevalidate?: string;
  hosts: string[];
  upstreams: Record<string, string>;
  cache: boolean;
  /** When post saves the registry cache (it saves only when objects were added). */
  save: SavePolicy;
  config?: string;
}

/** tf-mirror's inputs; the root action passes its `mirror-` prefix. */
export function readMirrorInputs(io: ActionIO, prefix = '', defaults: { cache?: boolean } = {}): MirrorInputs {
  const name = (n: string) => `${prefix}${n}`;
  const mode = stringInput(io, name(INPUT.mode));
  return {
    mode: mode ? enumInput(io, name(INPUT.mode), ['registry', 'mirror'] as const, 'registry') : undefined,
    metadataTtl: stringInput(io, name(INPUT.metadataTtl)) || undefined,
    staleWhileRevalidate: stringInput(io, name(INPUT.staleWhileRevalidate)) || undefined,
    hosts: listInput(io, name(INPUT.hosts)),
    upstreams: mapInput(io, name(INPUT.upstreams)),
    cache: boolInput(io, name(INPUT.cache), defaults.cache ?? true),
    save: enumInput(io, name(INPUT.save), SAVE_POLICIES, 'on-success'),
    config: stringInput(io, name(INPUT.config)) || stringInput(io, CONFIG_INPUT) || undefined,
  };
}

/**
 * Inputs become `components.terraform.cache.*` env overrides, so the proxy process
 * (`terraform cache serve`) and this action read one and the same configuration.
 */
export function mirrorEnv(inputs: MirrorInputs, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out[name] = value;
  };
  set('ATMOS_COMPONENTS_TERRAFORM_CACHE_MODE', inputs.mode);
  set('ATMOS_COMPONENTS_TERRAFORM_CACHE_METADATA_TTL', inputs.metadataTtl);
  set('ATMOS_COMPONENTS_TERRAFORM_CACHE_STALE_WHILE_REVALIDATE', inputs.staleWhileRevalidate);
  if (inputs.hosts.length) set('ATMOS_COMPONENTS_TERRAFORM_CACHE_HOSTS', JSON.stringify(inputs.hosts));
  if (Object.keys(inputs.upstreams).length) set('ATMOS_TF_CACHE_UPSTREAMS', JSON.stringify(inputs.upstreams));
  if (inputs.config) set('ATMOS_CLI_CONFIG_PATH', path.resolve(inputs.config));
  return out;
}

export interface MirrorStarted {
  announcement: ServeAnnouncement;
  pid: number;
  cacheHit: boolean;
}

function loadMirrorConfig(inputs: MirrorInputs, ctx: ActionContext): { config: LoadedConfig; env: NodeJS.ProcessEnv } {
  const env = mirrorEnv(inputs, ctx.env);
  return { config: loadConfig({ configPath: inputs.config, cwd: ctx.cwd, env, logger: ctx.logger }), env };
}

async function registryPlan(config: LoadedConfig, root: string, key: string, restoreKeys: string[]) {
  return resolveCachePlan(config, { root, paths: [], key, restoreKeys });
}

/**
 * Main: restore the registry cache, start `terraform cache serve` in the background (it
 * outlives this step), and mask its secret. `cli` runs the CLI under node (the bundle
 * beside this action's, see {@link cliBundleBeside}).
 */
export async function startMirror(inputs: MirrorInputs, ctx: ActionContext, cli: string[]): Promise<MirrorStarted> {
  const { io } = ctx;
  const { config, env } = loadMirrorConfig(inputs, ctx);
  const settings = sessionSettings(config);
  io.saveState(STATE.root, settings.root);
  io.saveState(STATE.inputs, JSON.stringify(inputs));
  const cacheHit = inputs.cache ? await io.group('Restore the registry cache', () => restoreRegistryCache(config, settings.root, ctx)) : false;
  return io.group('Start the registry cache proxy', async () => {
    // macOS/Windows Terraform reads only the OS trust store: install our CA for this job (removed in post).
    if (settings.mode === 'mirror' && needsOsTrust(process.platform)) {
      await ensureTls(settings.root, { logger: ctx.logger });
      await installTrust(settings.root, { platform: process.platform, env, logger: ctx.logger });
      io.saveState(STATE.trust, 'installed');
    }
    const proxy = await launchProxy({
      cli,
      tempRoot: ctx.env.RUNNER_TEMP || os.tmpdir(),
      cwd: ctx.cwd,
      env: proxyEnv(env),
      // Saved before waiting: post must be able to stop it even if readiness fails.
      onSpawned: (h) => {
        io.saveState(STATE.pid, String(h.pid));
        io.saveState(STATE.log, h.log);
        io.saveState(STATE.dir, h.dir);
      },
    });
    const secret = new URL(proxy.announcement.url).pathname.split('/').filter(Boolean)[0] ?? '';
    if (secret) io.setSecret(secret);
    return { announcement: proxy.announcement, pid: proxy.pid, cacheHit };
  });
}

async function restoreRegistryCache(config: LoadedConfig, root: string, ctx: ActionContext): Promise<boolean> {
  if (!hasActionsRuntime(ctx.env)) {
    ctx.logger.info('registry cache: no Actions runtime in this environment; the CI cache is skipped');
    return false;
  }
  const lockHash = await hashFiles(LOCK_FILE_PATTERNS, ctx.cwd).catch(() => '');
  const { key, restoreKeys } = registryCacheKeys(hostPlatform(ctx.env), lockHash, ctx.env);
  ctx.io.saveState(STATE.cacheKey, key);
  try {
    const r = await restore(await registryPlan(config, root, key, restoreKeys), { logger: ctx.logger, env: ctx.env });
    return r.outcome === 'exact' || r.outcome === 'prefix';
  } catch (err) {
    ctx.logger.warn(`registry cache restore failed; starting empty: ${errorMessage(err)}`);
    return false;
  }
}

/**
 * The proxy's environment: THIS version (no `use:` switch), no CI cache auto lifecycle
 * (the action handles the cache), and none of the job's runtime credentials, which a
 * long-lived process has no use for.
 */
export function proxyEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, [REEXEC_DEPTH_ENV]: '1', ATMOS_CI_CACHE_AUTO: 'off' };
  for (const k of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL']) delete out[k];
  return out;
}

/** Export the proxy's CLI config (and trust bundle) to the rest of the job. */
export function exportMirror(io: ActionIO, announcement: ServeAnnouncement): void {
  io.exportVariable('TF_CLI_CONFIG_FILE', announcement.cliConfig);
  io.exportVariable('TOFU_CLI_CONFIG_FILE', announcement.cliConfig);
  for (const [k, v] of Object.entries(announcement.env)) {
    if (k === 'TF_CLI_CONFIG_FILE' || k === 'TOFU_CLI_CONFIG_FILE') continue;
    io.exportVariable(k, v);
  }
}

export interface MirrorStopped {
  outcome: 'not-started' | ProxyStopped['outcome'];
  report?: SavingsReport;
}

/**
 * Post: stop the proxy (SIGTERM, then SIGKILL after a grace period), publish the savings
 * report to the log and the job summary, save the registry cache when objects were
 * added, and take our CA out of the OS trust store again.
 */
export async function stopMirror(ctx: ActionContext, graceMs = 10_000): Promise<MirrorStopped> {
  const { io } = ctx;
  const result = await io.group('Stop the registry cache proxy', () => stopAndReport(ctx, graceMs));
  if (io.getState(STATE.cacheKey)) await io.group('Save the registry cache', () => saveRegistryCache(result.report, ctx));
  return result;
}

async function stopAndReport(ctx: ActionContext, graceMs: number): Promise<MirrorStopped> {
  const { io, logger } = ctx;
  const pid = Number(io.getState(STATE.pid));
  const log = io.getState(STATE.log);
  let result: MirrorStopped = { outcome: 'not-started' };
  if (pid > 0) {
    const stopped = await stopProxy({ pid, log, dir: io.getState(STATE.dir) }, graceMs);
    if (stopped.outcome === 'died') {
      logger.warn(
        `The registry cache proxy (pid ${pid}) died during the job; Terraform steps after that ran without it.${stopped.tail ? `\nLast lines of its log:\n${stopped.tail}` : ''}`,
      );
    } else if (stopped.outcome === 'killed') {
      logger.warn(`The registry cache proxy (pid ${pid}) did not stop within ${graceMs / 1000}s and was killed`);
    }
    result = { outcome: stopped.outcome, report: stopped.report };
  }
  if (result.report) {
    logger.info(formatReportLine(result.report));
    await io.appendSummary(formatReportTable(result.report));
  } else if (pid > 0) {
    logger.warn(`No savings report found in ${log}`);
  }
  if (io.getState(STATE.trust) === 'installed') {
    try {
      await removeTrust(io.getState(STATE.root), { platform: process.platform, env: ctx.env, logger });
    } catch (err) {
      logger.warn(errorMessage(err));
    }
  }
  return result;
}

async function saveRegistryCache(report: SavingsReport | undefined, ctx: ActionContext): Promise<void> {
  const { io, logger } = ctx;
  const key = io.getState(STATE.cacheKey);
  if (!key) return;
  if (!report) {
    logger.info('registry cache: no savings report, so nothing is known to be new; not saved');
    return;
  }
  if (report.objectsAdded === 0) {
    logger.info('registry cache: no new objects this job; nothing to save');
    return;
  }
  const inputs = JSON.parse(io.getState(STATE.inputs) || '{}') as MirrorInputs;
  if (!saveInPost(io, inputs.save ?? 'on-success', 'registry cache', logger)) return;
  const { config } = loadMirrorConfig(inputs, ctx);
  try {
    await save(await registryPlan(config, io.getState(STATE.root), key, []), { logger, env: ctx.env });
  } catch (err) {
    logger.warn(`registry cache save failed: ${errorMessage(err)}`);
  }
}

/** The CLI bundle next to an action bundle (`dist/<action>/index.js` → `dist/cli/index.js`). */
export function cliBundleBeside(actionDir: string): string {
  return path.join(actionDir, '..', 'cli', 'index.js');
}
