/** `atmos-ts terraform cache list|stats|prune|delete|warm|trust|untrust`. */

import { AtmosError } from '../../common/errors.js';
import { formatBytes, formatDuration } from '../../common/format.js';
import { hostPlatform, parsePlatform, platformKey, type Platform } from '../../common/platform.js';
import { parseDuration } from '../../config/index.js';
import {
  cliConfigLocations,
  readUserCliConfig,
  upstreamCredentials,
  CacheManager,
  formatReportLine,
  serverOptions,
  sessionSettings,
  ensureTls,
  installTrust,
  removeTrust,
  warmProviders,
  warmTargets,
  type CacheEntry,
} from '../../mirror/index.js';
import type { CliContext } from '../context.js';
import { outputFormat, renderData, table, type OutputFormat } from '../render.js';

type Opts = Record<string, unknown>;

function manager(ctx: CliContext): CacheManager {
  return new CacheManager(sessionSettings(ctx.config()).root);
}

async function emit(ctx: CliContext, format: OutputFormat, data: unknown, text: () => string): Promise<void> {
  ctx.out.write(await renderData(format, data, text));
}

const entryJson = (e: CacheEntry) => ({
  key: e.key,
  group: e.group,
  kind: e.kind,
  class: e.class,
  size: e.size,
  mod_time: e.modTime.toISOString(),
  fetched_at: e.fetchedAt?.toISOString(),
});

function age(d: Date, now = Date.now()): string {
  return formatDuration(Math.max(0, now - d.getTime()));
}

export async function list(ctx: CliContext, _args: unknown[], opts: Opts): Promise<void> {
  const format = outputFormat(opts.format);
  const entries = await manager(ctx).list();
  await emit(ctx, format, entries.map(entryJson), () =>
    entries.length === 0
      ? 'No cached artifacts found\n'
      : table(
          ['KEY', 'GROUP', 'KIND', 'SIZE', 'AGE'],
          entries.map((e) => [e.key, e.group, e.kind, formatBytes(e.size), age(e.fetchedAt ?? e.modTime)]),
        ),
  );
}

export async function stats(ctx: CliContext, _args: unknown[], opts: Opts): Promise<void> {
  const format = outputFormat(opts.format);
  const s = await manager(ctx).stats();
  const data = {
    root: s.root,
    object_count: s.objectCount,
    total_size: s.totalSize,
    providers: s.providers,
    modules: s.modules,
    largest: s.largest,
    oldest: s.oldest && { key: s.oldest.key, time: s.oldest.time.toISOString() },
  };
  await emit(ctx, format, data, () =>
    table(
      ['METRIC', 'VALUE'],
      [
        ['Registry cache root', s.root],
        ['Objects', `${s.objectCount} (${s.providers} providers, ${s.modules} modules)`],
        ['Total size', formatBytes(s.totalSize)],
        ['Largest', s.largest ? `${s.largest.key} (${formatBytes(s.largest.size)})` : '-'],
        ['Oldest', s.oldest ? `${s.oldest.key} (${age(s.oldest.time)} old)` : '-'],
      ],
    ),
  );
}

export async function prune(ctx: CliContext, _args: unknown[], opts: Opts): Promise<void> {
  const format = outputFormat(opts.format);
  const raw = (opts.olderThan as string | undefined) ?? ctx.env.ATMOS_TERRAFORM_CACHE_PRUNE_OLDER_THAN ?? '168h';
  const olderThanMs = parseDuration(String(raw));
  if (olderThanMs === undefined) {
    throw new AtmosError(`invalid --older-than value ${JSON.stringify(raw)}`, {
      code: 'INVALID_FLAG_VALUE',
      explanation: 'Use a duration such as 168h, 90m or 1h30m.',
    });
  }
  const dryRun = Boolean(opts.dryRun);
  const result = await manager(ctx).prune({ olderThanMs, all: Boolean(opts.all), dryRun });
  const verb = dryRun ? 'Would prune' : 'Pruned';
  await emit(ctx, format, { dry_run: dryRun, objects: result.entries.map(entryJson), count: result.entries.length, bytes: result.bytes }, () =>
    [
      ...result.entries.map((e) => `${dryRun ? 'would delete' : 'deleted'} ${e.key}\n`),
      `${verb} ${result.entries.length} object(s), ${formatBytes(result.bytes)}\n`,
    ].join(''),
  );
}

export async function remove(ctx: CliContext, args: unknown[]): Promise<void> {
  const key = String(args[0] ?? '');
  const removed = await manager(ctx).delete(key);
  if (removed.length === 0) ctx.logger.info(`Nothing cached under ${key}`);
  else ctx.logger.success(`Deleted ${removed.length === 1 ? removed[0]!.key : `${removed.length} objects under ${key}`}`);
}

export async function warm(ctx: CliContext, args: unknown[], opts: Opts): Promise<void> {
  const format = outputFormat(opts.format);
  const config = ctx.config();
  const inputs = Array.isArray(args[0]) && args[0].length > 0 ? (args[0] as string[]) : [ctx.cwd];
  const flags = (opts.platform as string[] | undefined) ?? [];
  const configured = (config.values.components.terraform.platforms ?? []).filter((p): p is string => Boolean(p));
  const platforms: Platform[] = (flags.length > 0 ? flags : configured).map((p) => parsePlatform(p));
  if (platforms.length === 0) platforms.push(hostPlatform(ctx.env));
  const targets = await warmTargets(inputs);
  if (targets.length === 0) {
    ctx.logger.warn(`no providers found in ${inputs.join(', ')} (looked for .terraform.lock.hcl and required_providers)`);
    return;
  }
  // Registry mode whatever the configured mode: it fills the same cache and needs no TLS.
  const settings = { ...sessionSettings(config), mode: 'registry' as const, port: 0 };
  const user = await readUserCliConfig(cliConfigLocations(ctx.env));
  const credentials = upstreamCredentials(user, ctx.env);
  for (const token of Object.values(credentials)) ctx.logger.secret(token);
  const { startMirrorServer } = await import('../../mirror/index.js');
  const server = await startMirrorServer(serverOptions(settings, { credentials, logger: ctx.logger, env: ctx.env }));
  let outcomes;
  try {
    outcomes = await warmProviders(server, targets, platforms, { logger: ctx.logger });
  } finally {
    await server.close();
  }
  const report = server.report();
  await emit(ctx, format, { platforms: platforms.map(platformKey), providers: outcomes, report }, () =>
    table(
      ['PROVIDER', 'VERSION', 'PLATFORM', 'STATUS'],
      outcomes.map((o) => [o.provider, o.version ?? '-', o.platform, o.error ? `${o.status}: ${o.error}` : o.status]),
    ),
  );
  ctx.logger.info(formatReportLine(report));
  if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
}

export async function trust(ctx: CliContext): Promise<void> {
  const root = sessionSettings(ctx.config()).root;
  if (process.platform === 'darwin' || process.platform === 'win32') await ensureTls(root, { logger: ctx.logger });
  await installTrust(root, { platform: process.platform, env: ctx.env, logger: ctx.logger });
}

export async function untrust(ctx: CliContext): Promise<void> {
  await removeTrust(sessionSettings(ctx.config()).root, { platform: process.platform, env: ctx.env, logger: ctx.logger });
}
