import { appendFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Command, Option } from 'commander';
import { AtmosError } from '../common/errors.js';
import { formatBytes } from '../common/format.js';
import type { CliContext } from './context.js';
import { formatOption } from './options.js';
import { json, yaml } from './render.js';
import type { CacheOverrides, CachePlan } from '../cache/index.js';

interface CacheFlags {
  key?: string;
  restoreKey?: string[];
  root?: string;
  path?: string[];
  backend?: 'github' | 'dir';
  dir?: string;
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
    .addOption(new Option('--backend <backend>', 'github (Actions cache) or dir (shared directory)').choices(['github', 'dir']))
    .option('--dir <dir>', 'shared directory for --backend dir');
}

function overridesFrom(flags: CacheFlags): CacheOverrides {
  return { key: flags.key, restoreKeys: flags.restoreKey, root: flags.root, paths: flags.path, backend: flags.backend, dir: flags.dir };
}

async function planFor(ctx: CliContext, flags: CacheFlags): Promise<CachePlan> {
  const { resolveCachePlan } = await import('../cache/index.js');
  return resolveCachePlan(ctx.config(), overridesFrom(flags), ctx.logger);
}

/** `atmos-ts ci …` commands. */
export function registerCiCommands(program: Command, getContext: () => CliContext): void {
  const ci = program.command('ci').description('CI integration');
  const cache = ci.command('cache').description('Cache the cache root (tools, providers, registry cache) in the GitHub Actions cache or a shared directory');

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
    .addOption(new Option('--backend <backend>', 'github or dir').choices(['github', 'dir']))
    .option('--dir <dir>', 'shared directory for --backend dir')
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
    .addOption(new Option('--backend <backend>', 'github or dir').choices(['github', 'dir']))
    .option('--dir <dir>', 'shared directory for --backend dir')
    .option('--github-token <token>', 'token with actions: write (env ATMOS_GITHUB_TOKEN, GITHUB_TOKEN; else `gh auth token`)')
    .action(async (flags: CacheFlags) => {
      const ctx = getContext();
      const backend = flags.backend ?? ctx.config().values.ci?.cache?.backend ?? 'github';
      let n: number;
      if (backend === 'dir') {
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
  const backend = flags.backend ?? ctx.config().values.ci?.cache?.backend ?? 'github';
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
