import { Command } from 'commander';
import { AtmosError } from '../common/errors.js';
import { formatBytes } from '../common/format.js';
import type { CliContext } from './context.js';
import { formatOption } from './options.js';
import { json, table, yaml } from './render.js';

interface StoreFlags {
  store?: string;
  format?: string;
  fix?: boolean;
  olderThan?: string;
  maxSize?: string;
  dryRun?: boolean;
}

/**
 * The store to operate on: --store, else ATMOS_STORE, else the first configured of
 * toolchain.store, components.terraform.cache.store, ci.cache.store.
 */
async function backendFor(ctx: CliContext, flags: StoreFlags) {
  let url = flags.store ?? ctx.env.ATMOS_STORE;
  let setting = flags.store ? '--store' : 'ATMOS_STORE';
  if (!url) {
    const v = ctx.config().values;
    const candidates: [string, string | undefined][] = [
      ['toolchain.store', v.toolchain?.store],
      ['components.terraform.cache.store', v.components?.terraform?.cache?.store],
      ['ci.cache.store', v.ci?.cache?.store],
    ];
    const found = candidates.find(([, u]) => u);
    if (!found) {
      throw new AtmosError('no store to operate on', {
        code: 'USAGE',
        hint: 'Pass --store s3://bucket/prefix (or azblob://container/prefix, file:///dir), set ATMOS_STORE, or configure toolchain.store / components.terraform.cache.store / ci.cache.store.',
      });
    }
    [setting, url] = found as [string, string];
  }
  const { openBackend, parseStoreUrl } = await import('../store/index.js');
  const loc = parseStoreUrl(url, setting);
  return { backend: await openBackend(loc, ctx.env), url: loc.url };
}

function age(d: Date): string {
  const s = Math.max(0, (Date.now() - d.getTime()) / 1000);
  if (s < 3600) return `${Math.round(s / 60)}m`;
  if (s < 86400) return `${Math.round(s / 3600)}h`;
  return `${Math.round(s / 86400)}d`;
}

async function emit(ctx: CliContext, format: string, data: unknown, text: () => string): Promise<void> {
  const out = (s: string) => void ctx.out.write(s.endsWith('\n') ? s : `${s}\n`);
  if (format === 'json') return out(json(data));
  if (format === 'yaml') return out(await yaml(data));
  return out(text());
}

/** `atmos-ts store …`: operator commands for the fleet tier's object store. */
export function registerStoreCommands(program: Command, getContext: () => CliContext): void {
  const store = program
    .command('store')
    .description('Inspect and maintain the fleet object store (toolchain.store, components.terraform.cache.store, ci.cache.store)');
  const storeOption = (c: Command) => c.option('--store <url>', 'store URL (default: --store, ATMOS_STORE, or the first store configured in atmos.yaml)');

  storeOption(store.command('ls'))
    .description('list objects under a key prefix (ci-cache/, registry/, toolchain/)')
    .argument('[prefix]', 'key prefix', '')
    .addOption(formatOption(['text', 'json', 'yaml']))
    .action(async (prefix: string, flags: StoreFlags) => {
      const ctx = getContext();
      const { backend } = await backendFor(ctx, flags);
      const { listObjects } = await import('../store/index.js');
      const objects = await listObjects(backend, prefix);
      const rows = objects.map((o) => ({ key: o.key, size: o.size, modified: o.modified.toISOString() }));
      await emit(ctx, flags.format ?? 'text', rows, () =>
        rows.length === 0
          ? 'no objects'
          : table(
              ['KEY', 'SIZE', 'AGE'],
              objects.map((o) => [o.key, formatBytes(o.size), age(o.modified)]),
            ),
      );
    });

  storeOption(store.command('du'))
    .description('objects and bytes per area (ci-cache, registry, toolchain)')
    .argument('[prefix]', 'key prefix', '')
    .addOption(formatOption(['text', 'json', 'yaml']))
    .action(async (prefix: string, flags: StoreFlags) => {
      const ctx = getContext();
      const { backend, url } = await backendFor(ctx, flags);
      const { usage } = await import('../store/index.js');
      const areas = await usage(backend, prefix);
      const total = areas.reduce((n, a) => n + a.bytes, 0);
      await emit(ctx, flags.format ?? 'text', { store: url, total, areas }, () =>
        [
          table(
            ['AREA', 'OBJECTS', 'SIZE', 'NEWEST'],
            areas.map((a) => [a.area, String(a.objects), formatBytes(a.bytes), a.newest ? age(new Date(a.newest)) : '']),
          ),
          `total ${formatBytes(total)} in ${url}`,
        ].join('\n'),
      );
    });

  storeOption(store.command('verify'))
    .description('download every object and check it against the sha256 it was written with; exit 1 when one is corrupt')
    .argument('[prefix]', 'key prefix', '')
    .option('--fix', 'delete corrupt objects (they are fetched upstream and written again on the next miss)')
    .addOption(formatOption(['text', 'json', 'yaml']))
    .action(async (prefix: string, flags: StoreFlags) => {
      const ctx = getContext();
      const { backend, url } = await backendFor(ctx, flags);
      const { verifyObjects } = await import('../store/index.js');
      const rows = await verifyObjects(backend, { prefix, fix: flags.fix });
      const bad = rows.filter((r) => r.status === 'corrupt');
      await emit(ctx, flags.format ?? 'text', rows, () =>
        [
          ...rows
            .filter((r) => r.status !== 'ok')
            .map((r) => `${r.status}: ${r.key} (${r.detail}${r.writer ? `; written by ${r.writer}` : ''})${r.removed ? ' — removed' : ''}`),
          `${rows.length - bad.length} of ${rows.length} objects verified in ${url}`,
        ].join('\n'),
      );
      if (bad.length > 0 && !flags.fix) {
        throw new AtmosError(`${bad.length} corrupt object${bad.length === 1 ? '' : 's'} in ${url}`, {
          code: 'STORE_CORRUPT',
          hint: 'Readers already ignore them; `atmos-ts store verify --fix` deletes them so the next miss writes a good copy.',
        });
      }
    });

  storeOption(store.command('prune'))
    .description('evict objects older than --older-than, then the oldest until under --max-size; expired leases always')
    .argument('[prefix]', 'key prefix (e.g. registry/ or toolchain/)', '')
    .option('--older-than <age>', 'remove objects written longer ago than this (30d, 12h)')
    .option('--max-size <size>', 'then remove the oldest until the total is at most this (50GB, 512MiB)')
    .option('--dry-run', 'list what would be removed; remove nothing')
    .addOption(formatOption(['text', 'json', 'yaml']))
    .action(async (prefix: string, flags: StoreFlags) => {
      const ctx = getContext();
      const { parseDuration } = await import('../config/index.js');
      const { parseSize } = await import('../common/format.js');
      const olderThanMs = flags.olderThan !== undefined ? parseDuration(flags.olderThan) : undefined;
      if (flags.olderThan !== undefined && olderThanMs === undefined) {
        throw new AtmosError(`--older-than: ${JSON.stringify(flags.olderThan)} is not a duration`, {
          code: 'INVALID_FLAG_VALUE',
          hint: 'Use e.g. 30d, 12h, 90m.',
        });
      }
      const maxBytes = flags.maxSize !== undefined ? parseSize(flags.maxSize) : undefined;
      if (flags.maxSize !== undefined && maxBytes === undefined) {
        throw new AtmosError(`--max-size: ${JSON.stringify(flags.maxSize)} is not a size`, { code: 'INVALID_FLAG_VALUE', hint: 'Use e.g. 50GB, 512MiB, 1TB.' });
      }
      const { backend, url } = await backendFor(ctx, flags);
      const { pruneObjects } = await import('../store/index.js');
      const { removed, kept } = await pruneObjects(backend, { prefix, olderThanMs, maxBytes, dryRun: flags.dryRun });
      const freed = removed.reduce((n, o) => n + Math.max(0, o.size), 0);
      const rows = removed.map((o) => ({ key: o.key, size: o.size, modified: o.modified.toISOString() }));
      await emit(ctx, flags.format ?? 'text', rows, () =>
        [
          ...removed.map((o) => `${flags.dryRun ? 'would remove' : 'removed'} ${o.key} (${formatBytes(o.size)}, ${age(o.modified)} old)`),
          `${flags.dryRun ? 'would free' : 'freed'} ${formatBytes(freed)} in ${removed.length} object${removed.length === 1 ? '' : 's'}; ${kept.length} left in ${url}`,
        ].join('\n'),
      );
    });
}
