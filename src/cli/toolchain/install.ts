import { promises as fs } from 'node:fs';
import nodePath from 'node:path';
import { formatError } from '../../common/errors.js';
import { formatBytes, formatDuration } from '../../common/format.js';
import { platformKey } from '../../common/platform.js';
import type { InstallOutcome, ToolSpec } from '../../toolchain/index.js';
import { fail, openToolchain, parseToolSpec, positiveInt, toolArgs, type ToolchainCommand } from './session.js';

/** `toolchain install [tool[@version]…]`: no arguments = every version in `.tool-versions`. */
export async function install(cmd: ToolchainCommand): Promise<void> {
  const specs = toolArgs(cmd).map(parseToolSpec);
  const tc = await openToolchain(cmd);
  const lockBefore = await readIfExists(tc.lockPath);
  const started = Date.now();
  const outcomes = await tc.install(specs.length ? specs : 'all', {
    reinstall: cmd.opts.reinstall === true,
    setDefault: cmd.opts.default === true,
    maxConcurrency: cmd.opts.maxConcurrency === undefined ? undefined : positiveInt(cmd.opts.maxConcurrency, '--max-concurrency'),
  });
  const { logger } = cmd.ctx;
  if (outcomes.length === 0) {
    logger.info(`nothing to install: ${tc.toolVersionsPath} lists no tools`);
    return;
  }
  for (const o of outcomes) {
    if (o.status === 'failed') logger.error(failureReport(o, platformKey(tc.platform)));
  }
  const lockAfter = await readIfExists(tc.lockPath);
  if (lockAfter !== lockBefore && lockAfter !== undefined) {
    const shown = nodePath.relative(cmd.ctx.cwd, tc.lockPath) || tc.lockPath;
    logger.info(
      lockBefore === undefined
        ? `wrote ${shown}: the URL and checksum of each installed tool, so later installs get the same bytes (commit it)`
        : `updated ${shown} with the newly installed versions`,
    );
  }
  const summary = installSummary(outcomes, Date.now() - started);
  const failed = outcomes.filter((o) => o.status === 'failed').length;
  if (failed > 0) {
    logger.error(summary);
    fail();
  } else logger.success(summary);
}

async function readIfExists(file: string): Promise<string | undefined> {
  return fs.readFile(file, 'utf8').catch(() => undefined);
}

/** One line: counts by outcome, bytes downloaded, elapsed time. */
export function installSummary(outcomes: InstallOutcome[], elapsedMs: number): string {
  const count = (s: InstallOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const bytes = outcomes.reduce((n, o) => n + (o.downloadedBytes ?? 0), 0);
  const parts = [`${count('installed')} installed`, `${count('already-installed')} already installed`];
  if (count('failed')) parts.push(`${count('failed')} failed`);
  const fromLock = outcomes.filter((o) => o.fromLock && o.status === 'installed').length;
  if (fromLock) parts.push(`${fromLock} from toolchain.lock.yaml`);
  return `${parts.join(', ')} (${outcomes.length} tool version${outcomes.length === 1 ? '' : 's'}${bytes ? `, ${formatBytes(bytes)} downloaded` : ''}, ${formatDuration(elapsedMs)})`;
}

/** Tool, version, platform, URL and reason of a failed install. */
export function failureReport(o: InstallOutcome, platform: string): string {
  const url = o.error?.context.url ?? o.plan?.urls[0];
  const head = `failed to install ${o.tool.name} ${o.version} for ${platform}${url ? ` from ${url}` : ''}`;
  return o.error ? `${head}\n${indent(formatError(o.error))}` : head;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');
}

/** `toolchain uninstall [tool[@version]…] [--all]`. */
export async function uninstall(cmd: ToolchainCommand): Promise<void> {
  const tc = await openToolchain(cmd);
  let specs: ToolSpec[] | 'all';
  if (cmd.opts.all === true) specs = 'all';
  else if (toolArgs(cmd).length) specs = toolArgs(cmd).map(parseToolSpec);
  else specs = Object.entries(await tc.configuredVersions()).flatMap(([tool, versions]) => versions.map((version) => ({ tool, version })));
  const outcomes = await tc.uninstall(specs);
  const removed = outcomes.filter((o) => o.removed);
  for (const o of removed) cmd.ctx.logger.success(`uninstalled ${o.tool} ${o.version}`);
  for (const o of outcomes.filter((x) => !x.removed)) cmd.ctx.logger.info(`${o.tool} ${o.version} was not installed`);
  cmd.ctx.logger.info(`${removed.length} version${removed.length === 1 ? '' : 's'} uninstalled`);
}
