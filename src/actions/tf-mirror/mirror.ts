import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { hasActionsRuntime, hashFiles, resolveCachePlan, restore, save } from '../../cache/index.js';
import { AtmosError, errorMessage } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import { hostPlatform } from '../../common/platform.js';
import { loadConfig, type LoadedConfig } from '../../config/load.js';
import { formatReportLine, formatReportTable } from '../../mirror/report.js';
import { sessionSettings } from '../../mirror/session.js';
import { ensureTls } from '../../mirror/tls.js';
import { installTrust, needsOsTrust, removeTrust } from '../../mirror/trust.js';
import type { SavingsReport } from '../../mirror/types.js';
import { REEXEC_DEPTH_ENV } from '../../workflow/useVersion.js';
import { boolInput, enumInput, listInput, mapInput, stringInput } from '../common/inputs.js';
import { SAVE_POLICIES, saveInPost, type SavePolicy } from '../common/savePolicy.js';
import { writeSummary } from '../common/summary.js';
import { LOCK_FILE_PATTERNS, registryCacheKeys } from './cacheKey.js';
import { isAlive, stopProcess, waitFor } from './process.js';
import { findAnnouncement, findReport, lastLines, readLog, type ServeAnnouncement } from './readiness.js';

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
export function readMirrorInputs(prefix = '', defaults: { cache?: boolean } = {}): MirrorInputs {
  const mode = stringInput(`${prefix}mode`);
  return {
    mode: mode ? enumInput(`${prefix}mode`, ['registry', 'mirror'] as const, 'registry') : undefined,
    metadataTtl: stringInput(`${prefix}metadata-ttl`) || undefined,
    staleWhileRevalidate: stringInput(`${prefix}stale-while-revalidate`) || undefined,
    hosts: listInput(`${prefix}hosts`),
    upstreams: mapInput(`${prefix}upstreams`),
    cache: boolInput(`${prefix}cache`, defaults.cache ?? true),
    save: enumInput(`${prefix}save`, SAVE_POLICIES, 'on-success'),
    config: stringInput(`${prefix}config`) || stringInput('config') || undefined,
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

export interface MirrorContext {
  logger: Logger;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** `dist/cli/index.js`, next to this action's bundle. */
  cliBundle: string;
}

export const STATE = {
  pid: 'mirror-pid',
  log: 'mirror-log',
  url: 'mirror-url',
  root: 'mirror-root',
  cacheKey: 'mirror-cache-key',
  trust: 'mirror-trust',
  config: 'mirror-config',
  dir: 'mirror-dir',
  port: 'mirror-port',
  secret: 'mirror-secret',
} as const;

export interface MirrorStarted {
  announcement: ServeAnnouncement;
  pid: number;
  cacheHit: boolean;
}

const READY_TIMEOUT_MS = 20_000;

function loadMirrorConfig(inputs: MirrorInputs, ctx: MirrorContext): { config: LoadedConfig; env: NodeJS.ProcessEnv } {
  const env = mirrorEnv(inputs, ctx.env);
  return { config: loadConfig({ configPath: inputs.config, cwd: ctx.cwd, env, logger: ctx.logger }), env };
}

async function registryPlan(config: LoadedConfig, root: string, key: string, restoreKeys: string[]) {
  return resolveCachePlan(config, { root, paths: [], key, restoreKeys });
}

/**
 * Main: restore the registry cache, start `terraform cache serve` DETACHED (it outlives
 * this step; stdio to a log file, never a pipe the runner would wait on), wait until it
 * announces itself, and hand its CLI config to later steps.
 */
export async function startMirror(inputs: MirrorInputs, ctx: MirrorContext): Promise<MirrorStarted> {
  const { config, env } = loadMirrorConfig(inputs, ctx);
  const settings = sessionSettings(config);
  core.saveState(STATE.root, settings.root);
  core.saveState(STATE.config, JSON.stringify(inputs));
  const cacheHit = inputs.cache ? await core.group('Restore the registry cache', () => restoreRegistryCache(config, settings.root, ctx)) : false;
  return core.group('Start the registry cache proxy', () => launch(settings, env, ctx, cacheHit));
}

async function restoreRegistryCache(config: LoadedConfig, root: string, ctx: MirrorContext): Promise<boolean> {
  if (!hasActionsRuntime(ctx.env)) {
    ctx.logger.info('registry cache: no Actions runtime in this environment; the CI cache is skipped');
    return false;
  }
  const lockHash = await hashFiles(LOCK_FILE_PATTERNS, ctx.cwd).catch(() => '');
  const { key, restoreKeys } = registryCacheKeys(hostPlatform(ctx.env), lockHash, ctx.env);
  core.saveState(STATE.cacheKey, key);
  try {
    const r = await restore(await registryPlan(config, root, key, restoreKeys), { logger: ctx.logger, env: ctx.env });
    return r.outcome === 'exact' || r.outcome === 'prefix';
  } catch (err) {
    ctx.logger.warn(`registry cache restore failed; starting empty: ${errorMessage(err)}`);
    return false;
  }
}

async function launch(settings: ReturnType<typeof sessionSettings>, env: NodeJS.ProcessEnv, ctx: MirrorContext, cacheHit: boolean): Promise<MirrorStarted> {
  // macOS/Windows Terraform reads only the OS trust store: install our CA for this job (removed in post).
  if (settings.mode === 'mirror' && needsOsTrust(process.platform)) {
    await ensureTls(settings.root, { logger: ctx.logger });
    await installTrust(settings.root, { platform: process.platform, env, logger: ctx.logger });
    core.saveState(STATE.trust, 'installed');
  }

  // One private directory per run for the proxy's log, CLI config and final report.
  const dir = mkdtempSync(path.join(ctx.env.RUNNER_TEMP || os.tmpdir(), 'atmos-tf-mirror-'));
  const log = path.join(dir, 'serve.log');
  const fd = openSync(log, 'a');
  const args = ['terraform', 'cache', 'serve', '--cli-config-out', path.join(dir, 'terraform.rc'), '--report-file', path.join(dir, 'report.json')];
  const child = spawn(process.execPath, [ctx.cliBundle, ...args], {
    detached: true,
    stdio: ['ignore', fd, fd],
    windowsHide: true,
    cwd: ctx.cwd,
    env: proxyEnv(env),
  });
  closeSync(fd);
  const pid = child.pid;
  child.unref();
  if (!pid) throw new AtmosError('could not start the registry cache proxy', { code: 'MIRROR_START', hint: `See ${log}.` });
  // Saved before waiting: post must be able to stop it even if readiness fails.
  core.saveState(STATE.pid, String(pid));
  core.saveState(STATE.log, log);
  core.saveState(STATE.dir, dir);

  let exited = false;
  child.once('exit', () => (exited = true));
  const announcement = await waitFor(async () => findAnnouncement(await readLog(log)) ?? (exited ? null : undefined), READY_TIMEOUT_MS);
  if (!announcement) {
    const tail = lastLines(await readLog(log));
    if (!exited) await stopProcess(pid, 2000);
    throw new AtmosError(exited ? 'the registry cache proxy exited during startup' : `the registry cache proxy was not ready after ${READY_TIMEOUT_MS / 1000}s`, {
      code: 'MIRROR_START',
      explanation: tail ? `Last lines of ${log}:\n${tail}` : `Its log ${log} is empty.`,
      hint: 'Check components.terraform.cache in atmos.yaml and the action inputs (mode, hosts, upstreams).',
    });
  }
  await probe(announcement.url);
  const url = new URL(announcement.url);
  const secret = url.pathname.split('/').filter(Boolean)[0] ?? '';
  if (secret) core.setSecret(secret);
  core.saveState(STATE.url, announcement.url);
  core.saveState(STATE.port, url.port);
  core.saveState(STATE.secret, secret);
  return { announcement, pid, cacheHit };
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

/**
 * Before the step ends the proxy must accept connections (a TCP connect, so it works for
 * the https mirror mode whose CA this process does not trust).
 */
async function probe(url: string): Promise<void> {
  const { hostname, port, protocol } = new URL(url);
  const target = { host: hostname, port: Number(port) || (protocol === 'https:' ? 443 : 80) };
  const ok = await waitFor(
    () =>
      new Promise<true | undefined>((resolve) => {
        const socket = net.connect(target);
        socket.setTimeout(2000);
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('timeout', () => {
          socket.destroy();
          resolve(undefined);
        });
        socket.once('error', () => resolve(undefined));
      }),
    5000,
    100,
  );
  if (!ok) throw new AtmosError(`the registry cache proxy announced ${new URL(url).origin} but does not accept connections`, { code: 'MIRROR_START' });
}

/** Export the proxy's CLI config (and trust bundle) to the rest of the job. */
export function exportMirror(announcement: ServeAnnouncement): void {
  core.exportVariable('TF_CLI_CONFIG_FILE', announcement.cliConfig);
  core.exportVariable('TOFU_CLI_CONFIG_FILE', announcement.cliConfig);
  for (const [k, v] of Object.entries(announcement.env)) {
    if (k === 'TF_CLI_CONFIG_FILE' || k === 'TOFU_CLI_CONFIG_FILE') continue;
    core.exportVariable(k, v);
  }
}

export interface MirrorStopped {
  outcome: 'not-started' | 'died' | 'stopped' | 'killed';
  report?: SavingsReport;
}

/**
 * Post: stop the proxy (SIGTERM, then SIGKILL after a grace period), publish the savings
 * report to the log and the job summary, save the registry cache when objects were
 * added, and take our CA out of the OS trust store again.
 */
export async function stopMirror(ctx: Omit<MirrorContext, 'cliBundle'>, graceMs = 10_000): Promise<MirrorStopped> {
  const result = await core.group('Stop the registry cache proxy', () => stopAndReport(ctx, graceMs));
  if (core.getState(STATE.cacheKey)) await core.group('Save the registry cache', () => saveRegistryCache(result.report, ctx));
  return result;
}

async function stopAndReport(ctx: Omit<MirrorContext, 'cliBundle'>, graceMs: number): Promise<MirrorStopped> {
  const pid = Number(core.getState(STATE.pid));
  const log = core.getState(STATE.log);
  let result: MirrorStopped = { outcome: 'not-started' };
  if (pid > 0) {
    if (!isAlive(pid)) {
      const tail = lastLines(await readLog(log));
      ctx.logger.warn(`The registry cache proxy (pid ${pid}) died during the job; Terraform steps after that ran without it.${tail ? `\nLast lines of its log:\n${tail}` : ''}`);
      // A proxy that ends on its own (a signal from outside) still writes its report file.
      result = { outcome: 'died', report: (await readReportFile(path.join(core.getState(STATE.dir), 'report.json'))) ?? findReport(await readLog(log)) };
    } else {
      const how = await stopProcess(pid, graceMs);
      const report = (await readReportFile(path.join(core.getState(STATE.dir), 'report.json'))) ?? findReport(await readLog(log));
      if (how === 'killed') ctx.logger.warn(`The registry cache proxy (pid ${pid}) did not stop within ${graceMs / 1000}s and was killed`);
      result = { outcome: how === 'killed' ? 'killed' : 'stopped', report };
    }
  }
  if (result.report) {
    ctx.logger.info(formatReportLine(result.report));
    await writeSummary(formatReportTable(result.report), ctx.logger);
  } else if (pid > 0) {
    ctx.logger.warn(`No savings report found in ${log}`);
  }
  if (core.getState(STATE.trust) === 'installed') {
    try {
      await removeTrust(core.getState(STATE.root), { platform: process.platform, env: ctx.env, logger: ctx.logger });
    } catch (err) {
      ctx.logger.warn(errorMessage(err));
    }
  }
  return result;
}

async function readReportFile(file: string): Promise<SavingsReport | undefined> {
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (!text) return undefined;
  try {
    // One line, so the same reader handles the file and the log.
    return findReport(JSON.stringify(JSON.parse(text)));
  } catch {
    return undefined;
  }
}

async function saveRegistryCache(report: SavingsReport | undefined, ctx: Omit<MirrorContext, 'cliBundle'>): Promise<void> {
  const key = core.getState(STATE.cacheKey);
  if (!key) return;
  if (!report) {
    ctx.logger.info('registry cache: no savings report, so nothing is known to be new; not saved');
    return;
  }
  if (report.objectsAdded === 0) {
    ctx.logger.info('registry cache: no new objects this job; nothing to save');
    return;
  }
  const inputs = JSON.parse(core.getState(STATE.config) || '{}') as MirrorInputs;
  if (!saveInPost(inputs.save ?? 'on-success', 'registry cache', ctx.logger)) return;
  const { config } = loadMirrorConfig(inputs, { ...ctx, cliBundle: '' });
  try {
    await save(await registryPlan(config, core.getState(STATE.root), key, []), { logger: ctx.logger, env: ctx.env });
  } catch (err) {
    ctx.logger.warn(`registry cache save failed: ${errorMessage(err)}`);
  }
}

/** The CLI bundle next to an action bundle (`dist/<action>/index.js` → `dist/cli/index.js`). */
export function cliBundleBeside(actionDir: string): string {
  return path.join(actionDir, '..', 'cli', 'index.js');
}

