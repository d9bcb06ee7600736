import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AtmosError } from '../common/errors.js';
import { isAlive } from '../common/process.js';
import { parseAnnouncement, type ServeAnnouncement } from './announcement.js';
import { findReport, readReportFile } from './savedReport.js';
import type { SavingsReport } from './types.js';

/**
 * Supervising `terraform cache serve` as a DETACHED background process that outlives its
 * starter (the tf-mirror action's main step): start it with its stdio on a log file (never
 * a pipe a runner would wait on), wait for its announcement, check it accepts connections;
 * later stop it (SIGTERM, then SIGKILL) and read its savings report back.
 */

/** Where a started proxy's pieces are: all a later process needs to stop it. */
export interface ProxyHandle {
  pid: number;
  /** The proxy's stdout+stderr. */
  log: string;
  /** Private directory holding the log, the CLI config and the report file. */
  dir: string;
}

export interface LaunchOptions {
  /** Arguments to `node` that run the CLI (e.g. `[dist/cli/index.js]`). */
  cli: string[];
  /** Parent of the private run directory (RUNNER_TEMP in an action). */
  tempRoot: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  readyTimeoutMs?: number;
  /** Called once the process exists, before waiting for it: the caller records the handle so it can stop a proxy that never became ready. */
  onSpawned?(handle: ProxyHandle): void;
}

const READY_TIMEOUT_MS = 20_000;

export async function launchProxy(options: LaunchOptions): Promise<ProxyHandle & { announcement: ServeAnnouncement }> {
  const readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
  const dir = mkdtempSync(path.join(options.tempRoot, 'atmos-tf-mirror-'));
  const log = path.join(dir, 'serve.log');
  const fd = openSync(log, 'a');
  const args = ['terraform', 'cache', 'serve', '--cli-config-out', path.join(dir, 'terraform.rc'), '--report-file', reportFile(dir)];
  const child = spawn(process.execPath, [...options.cli, ...args], {
    detached: true,
    stdio: ['ignore', fd, fd],
    windowsHide: true,
    cwd: options.cwd,
    env: options.env,
  });
  closeSync(fd);
  const pid = child.pid;
  child.unref();
  if (!pid) throw new AtmosError('could not start the registry cache proxy', { code: 'MIRROR_START', hint: `See ${log}.` });
  const handle = { pid, log, dir };
  options.onSpawned?.(handle);

  let exited = false;
  child.once('exit', () => (exited = true));
  const announcement = await waitFor(async () => parseAnnouncement(await readLog(log)) ?? (exited ? null : undefined), readyTimeoutMs);
  if (!announcement) {
    const tail = lastLines(await readLog(log));
    if (!exited) await stopProcess(pid, 2000);
    throw new AtmosError(exited ? 'the registry cache proxy exited during startup' : `the registry cache proxy was not ready after ${readyTimeoutMs / 1000}s`, {
      code: 'MIRROR_START',
      explanation: tail ? `Last lines of ${log}:\n${tail}` : `Its log ${log} is empty.`,
      hint: 'Check components.terraform.cache in atmos.yaml and the action inputs (mode, hosts, upstreams).',
    });
  }
  await probe(announcement.url);
  return { ...handle, announcement };
}

function reportFile(dir: string): string {
  return path.join(dir, 'report.json');
}

/**
 * Before the starter returns the proxy must accept connections (a TCP connect, so it works
 * for the https mirror mode whose CA the starter does not trust).
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

export interface ProxyStopped {
  /** died: it had ended before we asked (its report, if any, is still read). */
  outcome: 'died' | 'stopped' | 'killed';
  report?: SavingsReport;
  /** Last lines of its log when it died. */
  tail?: string;
}

/** Stop a proxy started by {@link launchProxy} (maybe by another process) and read its report. */
export async function stopProxy(handle: ProxyHandle, graceMs: number): Promise<ProxyStopped> {
  const readReport = async () => (await readReportFile(reportFile(handle.dir))) ?? findReport(await readLog(handle.log));
  if (!isAlive(handle.pid)) {
    // A proxy that ends on its own (a signal from outside) still writes its report file.
    return { outcome: 'died', tail: lastLines(await readLog(handle.log)), report: await readReport() };
  }
  const how = await stopProcess(handle.pid, graceMs);
  return { outcome: how === 'killed' ? 'killed' : 'stopped', report: await readReport() };
}

/** Poll until `test` returns a value or the deadline passes. */
export async function waitFor<T>(test: () => Promise<T | undefined> | T | undefined, timeoutMs: number, intervalMs = 50): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await test();
    if (v !== undefined) return v;
    if (Date.now() >= deadline) return undefined;
    await sleep(intervalMs);
  }
}

/**
 * Graceful stop: SIGTERM (the proxy finishes in-flight fills and logs its report), then
 * SIGKILL after `graceMs`. Returns how it ended.
 */
export async function stopProcess(pid: number, graceMs: number): Promise<'not-running' | 'stopped' | 'killed'> {
  if (!isAlive(pid)) return 'not-running';
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return 'not-running';
  }
  if (await waitFor(() => (isAlive(pid) ? undefined : true), graceMs)) return 'stopped';
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* exited meanwhile */
  }
  await waitFor(() => (isAlive(pid) ? undefined : true), 2000);
  return 'killed';
}

export function lastLines(log: string, n = 20): string {
  return log
    .split('\n')
    .filter((l) => l.trim())
    .slice(-n)
    .join('\n');
}

export async function readLog(file: string): Promise<string> {
  return fs.readFile(file, 'utf8').catch(() => '');
}
