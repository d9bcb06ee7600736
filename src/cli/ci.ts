import { appendFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Command, Option } from 'commander';
import { AtmosError } from '../common/errors.js';
import { formatBytes } from '../common/format.js';
import type { CliContext } from './context.js';
import { formatOption } from './options.js';
import { json, yaml } from './render.js';
import type { CacheBackendName, CacheOverrides, CachePlan } from '../cache/index.js';

const BACKENDS = ['github', 'dir', 's3', 'azblob', 'file'];
const BACKEND_HELP = 'github (Actions cache), dir (shared directory), s3 / azblob / file (object store at --store)';

interface CacheFlags {
  key?: string;
  restoreKey?: string[];
  root?: string;
  path?: string[];
  backend?: CacheBackendName;
  dir?: string;
  store?: string;
  olderThan?: string;
  maxSize?: string;
  dryRun?: boolean;
  githubToken?: string;
  format?: string;
  lookupOnly?: boolean;
  failOnCacheMiss?: boolean;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

function addPlanFlags(cmd: Command): Command {
  return cmd
    .option('-k, --key <key>', 'cache key template (default: from the committed .tool-versions + toolchain.lock.yaml)')
    .option('--restore-key <prefix>', 'restore-key template, repeatable (env ATMOS_CI_CACHE_RESTORE_KEYS)', collect)
    .option('--root <dir>', 'cache root to archive (default ci.cache.root or the cache root)')
    .option('-p, --path <path>', 'root-relative path to include, repeatable (default the whole root)', collect)
    .addOption(new Option('--backend <backend>', BACKEND_HELP).choices(BACKENDS))
    .option('--dir <dir>', 'shared directory for --backend dir')
    .option('--store <url>', 'object store URL (s3://bucket/prefix, azblob://container/prefix, file:///dir); implies its backend');
}

function overridesFrom(flags: CacheFlags): CacheOverrides {
  return { key: flags.key, restoreKeys: flags.restoreKey, root: flags.root, paths: flags.path, backend: flags.backend, dir: flags.dir, store: flags.store };
}

async function planFor(ctx: CliContext, flags: CacheFlags): Promise<CachePlan> {
  const { resolveCachePlan } = await import('../cache/index.js');
  return resolveCachePlan(ctx.config(), overridesFrom(flags), ctx.logger);
}

/** `atmos-ts ci …` commands. */
export function registerCiCommands(program: Command, getContext: () => CliContext): void {
  const ci = program.command('ci').description('CI integration');
  const cache = ci.command('cache').description('Cache the cache root (tools, providers, registry cache) in the GitHub Actions cache or a shared directory');

  cache
    .command('export')
    .description(
      'write the whole cache root (same selection as the CI cache; never credentials or keys) as one bundle, for another CI system or an air-gapped one',
    )
    .requiredOption('-o, --output <file>', 'bundle file to write (e.g. cache.tar.zst)')
    .action(async (flags: { output: string }) => {
      const ctx = getContext();
      const { exportCache } = await import('../bundle/index.js');
      const result = await exportCache({ config: ctx.config(), output: path.resolve(ctx.cwd, flags.output), logger: ctx.logger });
      ctx.logger.info(`${result.file}: ${formatBytes(result.bytes)}, ${result.manifest.objects.length} files`);
    });

  cache
    .command('import')
    .description('verify a cache export (or any bundle) and merge it into the cache root; never replaces a different file of the same name')
    .argument('<file>', 'bundle file written by `ci cache export`')
    .action(async (file: string) => {
      const ctx = getContext();
      const { importBundle } = await import('../bundle/index.js');
      await importBundle(path.resolve(ctx.cwd, file), { config: ctx.config(), logger: ctx.logger });
    });

  addPlanFlags(cache.command('paths'))
    .description("print the key, paths and restore keys (for a workflow's own actions/cache step); needs no token")
    .addOption(formatOption(['github', 'json', 'yaml', 'env'], { description: 'output format (github: $GITHUB_OUTPUT lines, written there when set)' }))
    .action(async (flags: CacheFlags) => {
      const ctx = getContext();
      const plan = await planFor(ctx, flags);
      await writePaths(ctx, plan, flags.format ?? 'github');
    });

  addPlanFlags(cache.command('restore'))
    .description('restore the cache root (exact key, then restore keys); a miss is not an error')
    .option('--lookup-only', 'only check whether an entry exists; download nothing')
    .option('--fail-on-cache-miss', 'exit 1 when no entry matches')
    .action(async (flags: CacheFlags) => {
      const ctx = getContext();
      const plan = await planFor(ctx, flags);
      const { restore } = await import('../cache/index.js');
      const report = await restore(plan, { logger: ctx.logger, env: ctx.env, lookupOnly: flags.lookupOnly });
      if (flags.failOnCacheMiss && report.outcome === 'miss') {
        throw new AtmosError(`no cache entry matches ${plan.key}`, {
          code: 'CACHE_MISS',
          context: { 'restore keys': plan.restoreKeys.join(', ') },
          hint: 'Run the job that saves the cache first, or drop --fail-on-cache-miss.',
        });
      }
    });

  addPlanFlags(cache.command('save'))
    .description('save the cache root under the key (write-once; skipped after an exact hit)')
    .action(async (flags: CacheFlags) => {
      const ctx = getContext();
      const plan = await planFor(ctx, flags);
      const { save } = await import('../cache/index.js');
      await save(plan, { logger: ctx.logger, env: ctx.env });
    });

  cache
    .command('list')
    .description('list cache entries (GitHub REST API, or the shared directory for --backend dir)')
    .option('-k, --key <prefix>', 'only keys starting with this prefix')
    .addOption(formatOption(['text', 'json', 'yaml', 'csv', 'tsv']))
    .addOption(new Option('--backend <backend>', BACKEND_HELP).choices(BACKENDS))
    .option('--dir <dir>', 'shared directory for --backend dir')
    .option('--store <url>', 'object store URL for the s3/azblob/file backends')
    .option('--github-token <token>', 'token with actions: read (env ATMOS_GITHUB_TOKEN, GITHUB_TOKEN; else `gh auth token`)')
    .action(async (flags: CacheFlags) => {
      const ctx = getContext();
      const rows = await listEntries(ctx, flags);
      await writeList(ctx, rows, flags.format ?? 'text');
    });

  cache
    .command('delete')
    .description('delete every entry with this exact key; a missing key is success')
    .requiredOption('-k, --key <key>', 'the complete key to delete')
    .addOption(new Option('--backend <backend>', BACKEND_HELP).choices(BACKENDS))
    .option('--dir <dir>', 'shared directory for --backend dir')
    .option('--store <url>', 'object store URL for the s3/azblob/file backends')
    .option('--github-token <token>', 'token with actions: write (env ATMOS_GITHUB_TOKEN, GITHUB_TOKEN; else `gh auth token`)')
    .action(async (flags: CacheFlags) => {
      const ctx = getContext();
      const backend = backendOf(ctx, flags);
      let n: number;
      if (isStoreBackend(backend)) {
        n = await (await storeBackendFor(ctx, flags, backend)).delete({ env: ctx.env, logger: ctx.logger }, flags.key!);
      } else if (backend === 'dir') {
        const { DirCacheBackend } = await import('../cache/index.js');
        n = await new DirCacheBackend(await dirFor(ctx, flags)).delete(flags.key!);
      } else {
        const { CacheRestClient } = await import('../cache/index.js');
        n = (await new CacheRestClient({ env: ctx.env, cwd: ctx.cwd, logger: ctx.logger, token: flags.githubToken }).delete(flags.key!)).length;
      }
      ctx.logger.success(
        n > 0 ? `Cache deleted (key: ${flags.key}; ${n} entr${n === 1 ? 'y' : 'ies'})` : `No cache entry with key ${flags.key}; nothing to delete`,
      );
    });

  cache
    .command('prune')
    .description('evict object-store cache entries: older than --older-than, then oldest first until under --max-size')
    .option('--older-than <age>', 'remove entries created longer ago than this (30d, 12h)')
    .option('--max-size <size>', 'then remove the oldest until the total is at most this (50GB, 512MiB)')
    .option('--dry-run', 'list what would be removed; remove nothing')
    .addOption(new Option('--backend <backend>', 's3, azblob or file (default: from --store or ci.cache.backend)').choices(['s3', 'azblob', 'file']))
    .option('--store <url>', 'object store URL (default ci.cache.store)')
    .addOption(formatOption(['text', 'json', 'yaml', 'csv', 'tsv']))
    .action(async (flags: CacheFlags) => {
      const ctx = getContext();
      const backend = backendOf(ctx, flags);
      if (!isStoreBackend(backend)) {
        throw new AtmosError(`ci cache prune works on object-store backends, not "${backend}"`, {
          code: 'USAGE',
          hint: 'Pass --store s3://bucket/prefix (or azblob://, file://), or set ci.cache.backend and ci.cache.store. The GitHub cache evicts by itself; use `ci cache delete` there.',
        });
      }
      if (!flags.olderThan && !flags.maxSize) throw new AtmosError('say what to prune: --older-than and/or --max-size', { code: 'USAGE' });
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
      const cacheBackend = await storeBackendFor(ctx, flags, backend);
      const { removed, kept } = await cacheBackend.prune({ env: ctx.env, logger: ctx.logger }, { olderThanMs, maxBytes, dryRun: flags.dryRun });
      const rows = removed.map((e) => ({ key: e.key, size: e.size, created: e.created }));
      if ((flags.format ?? 'text') !== 'text') return writeList(ctx, rows, flags.format!);
      const freed = removed.reduce((n, e) => n + e.size, 0);
      const left = kept.reduce((n, e) => n + e.size, 0);
      for (const r of rows) ctx.logger.info(`${flags.dryRun ? 'would remove' : 'removed'} ${r.key} (${formatBytes(r.size)}, ${age(r.created)} old)`);
      ctx.logger.success(
        `${flags.dryRun ? 'Would free' : 'Freed'} ${formatBytes(freed)} in ${removed.length} entr${removed.length === 1 ? 'y' : 'ies'}; ${kept.length} left (${formatBytes(left)})`,
      );
    });
}

function isStoreBackend(b: CacheBackendName): b is 's3' | 'azblob' | 'file' {
  return b === 's3' || b === 'azblob' || b === 'file';
}

/** --backend, else the backend --store implies, else ci.cache.backend. */
function backendOf(ctx: CliContext, flags: CacheFlags): CacheBackendName {
  if (flags.backend) return flags.backend;
  if (flags.store) {
    const m = /^(s3|azblob|file):\/\//.exec(flags.store);
    if (m) return m[1] as CacheBackendName;
  }
  return ctx.config().values.ci?.cache?.backend ?? 'github';
}

async function storeBackendFor(ctx: CliContext, flags: CacheFlags, backend: 's3' | 'azblob' | 'file') {
  const url = flags.store ?? ctx.config().values.ci?.cache?.store;
  if (!url) {
    throw new AtmosError(`the ${backend} backend needs a store URL`, {
      code: 'CACHE_CONFIG_INVALID',
      hint: 'Pass --store or set ci.cache.store (env ATMOS_CI_CACHE_STORE).',
    });
  }
  const { StoreCacheBackend } = await import('../cache/index.js');
  const { openStore } = await import('../store/index.js');
  return new StoreCacheBackend(backend, url, openStore(url, { env: ctx.env, logger: ctx.logger, setting: flags.store ? '--store' : 'ci.cache.store' }));
}

async function dirFor(ctx: CliContext, flags: CacheFlags): Promise<string> {
  const { expandPath } = await import('../common/paths.js');
  const loaded = ctx.config();
  const dir = flags.dir ?? loaded.values.ci?.cache?.dir;
  if (!dir) {
    throw new AtmosError('the dir backend needs a directory', {
      code: 'CACHE_CONFIG_INVALID',
      hint: 'Pass --dir or set ci.cache.dir (env ATMOS_CI_CACHE_DIR).',
    });
  }
  return expandPath(dir, loaded.baseDir);
}

interface ListRow {
  key: string;
  size: number;
  created: string;
  id?: number;
  ref?: string;
}

async function listEntries(ctx: CliContext, flags: CacheFlags): Promise<ListRow[]> {
  const backend = backendOf(ctx, flags);
  if (isStoreBackend(backend)) {
    const entries = await (await storeBackendFor(ctx, flags, backend)).entries({ env: ctx.env, logger: ctx.logger }, flags.key);
    return entries.map((e) => ({ key: e.key, size: e.size, created: e.created }));
  }
  if (backend === 'dir') {
    const { DirCacheBackend } = await import('../cache/index.js');
    const entries = await new DirCacheBackend(await dirFor(ctx, flags)).entries();
    return entries.filter((e) => !flags.key || e.key.startsWith(flags.key)).map((e) => ({ key: e.key, size: e.size, created: e.created }));
  }
  const { CacheRestClient } = await import('../cache/index.js');
  const client = new CacheRestClient({ env: ctx.env, cwd: ctx.cwd, logger: ctx.logger, token: flags.githubToken });
  return (await client.list(flags.key)).map((e) => ({ key: e.key, size: e.size_in_bytes, created: e.created_at, id: e.id, ref: e.ref }));
}

function age(iso: string): string {
  const s = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
  if (s < 3600) return `${Math.round(s / 60)}m`;
  if (s < 86400) return `${Math.round(s / 3600)}h`;
  return `${Math.round(s / 86400)}d`;
}

async function writeList(ctx: CliContext, rows: ListRow[], format: string): Promise<void> {
  const out = (s: string): void => void ctx.out.write(s.endsWith('\n') ? s : `${s}\n`);
  switch (format) {
    case 'json':
      return out(json(rows));
    case 'yaml':
      return out(await yaml(rows));
    case 'csv':
    case 'tsv': {
      const sep = format === 'csv' ? ',' : '\t';
      const cell = (v: string) => (format === 'csv' && /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
      return out([['key', 'size', 'created'].join(sep), ...rows.map((r) => [cell(r.key), String(r.size), r.created].join(sep))].join('\n'));
    }
    default: {
      if (rows.length === 0) return ctx.logger.info('No cache entries found');
      const table = [['KEY', 'SIZE', 'AGE'], ...rows.map((r) => [r.key, formatBytes(r.size), age(r.created)])];
      const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
      out(table.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n'));
    }
  }
}

/** A heredoc delimiter that cannot occur in the value. */
function delimiter(value: string): string {
  let d = `ATMOS_EOF_${randomBytes(6).toString('hex')}`;
  while (value.includes(d)) d = `ATMOS_EOF_${randomBytes(6).toString('hex')}`;
  return d;
}

function heredoc(name: string, value: string): string {
  const d = delimiter(value);
  return `${name}<<${d}\n${value}\n${d}\n`;
}

async function writePaths(ctx: CliContext, plan: CachePlan, format: string): Promise<void> {
  const p = plan.paths;
  const abs = (rel: string) => (rel === '.' ? p.root : `${p.root}/${rel}`);
  const data = {
    key: plan.key,
    root: p.root,
    paths: p.includes.map(abs),
    exclude_paths: p.excludes.map(abs),
    patterns: p.absolutePatterns,
    restore_keys: plan.restoreKeys,
  };
  if (format === 'json') return void ctx.out.write(json(data));
  if (format === 'yaml') return void ctx.out.write(await yaml(data));
  let text: string;
  if (format === 'env') {
    const sep = process.platform === 'win32' ? ';' : ':';
    text =
      `ATMOS_CI_CACHE_KEY=${plan.key}\n` +
      `ATMOS_CI_CACHE_PATHS=${data.paths.join(sep)}\n` +
      `ATMOS_CI_CACHE_EXCLUDE_PATHS=${data.exclude_paths.join(sep)}\n` +
      heredoc('ATMOS_CI_CACHE_RESTORE_KEYS', plan.restoreKeys.join('\n'));
  } else {
    text = `key=${plan.key}\n${heredoc('path', p.absolutePatterns.join('\n'))}${heredoc('restore-keys', plan.restoreKeys.join('\n'))}`;
    if (ctx.env.GITHUB_OUTPUT) {
      appendFileSync(ctx.env.GITHUB_OUTPUT, text);
      ctx.logger.info(`Wrote key, path and restore-keys to $GITHUB_OUTPUT (key: ${plan.key})`);
      return;
    }
  }
  ctx.out.write(text);
}

/**
 * The auto lifecycle around any command except `ci cache …` (help and version never
 * reach an action): restore before the action runs, save when the run ends — also on
 * failure and on SIGINT/SIGTERM. Never fails the command.
 */
export async function withAutoCache<T>(program: Command, getContext: () => CliContext, run: () => Promise<T>): Promise<T> {
  let session: { after(): Promise<void> } | undefined;
  program.hook('preAction', async (_root, action) => {
    const names: string[] = [];
    for (let c: Command | null = action; c && c.parent; c = c.parent) names.unshift(c.name());
    if (names[0] === 'ci' && names[1] === 'cache') return;
    const ctx = getContext();
    const { loadConfig } = await import('../config/index.js');
    // A private load (not ctx.config()): the command keeps loading its own config, with
    // whatever it sets up first, and reports config problems itself.
    const configPath = program.opts<{ config?: string }>().config;
    let loaded: ReturnType<typeof loadConfig> | undefined;
    // Loaded once: the check below and the session share it.
    const load = () => (loaded ??= loadConfig({ configPath, cwd: ctx.cwd, env: ctx.env }));
    let auto: string | undefined;
    try {
      const cc = load().values.ci?.cache;
      auto = cc?.enabled ? cc.auto : undefined;
    } catch {
      auto = 'unknown'; // the session logs why at debug level
    }
    // Most runs have no auto cache: don't load the cache engine (and @actions/cache) for them.
    if (!auto || auto === 'off') return;
    const { AutoCacheSession } = await import('../cache/index.js');
    const s = new AutoCacheSession({ logger: ctx.logger, env: ctx.env, config: load });
    session = s;
    await s.before();
  });
  try {
    return await run();
  } finally {
    await session?.after();
  }
}
