/*
 * The job summary of setup-toolchain (and the root action): one row per tool version with
 * where its download plan came from and whether a cache spared the download.
 */

import { formatDuration } from '../../common/format.js';
import type { InstallOutcome } from '../../toolchain/index.js';

export type ToolSource = 'lock' | 'registry' | 'cache';

export interface ToolRow {
  name: string;
  version: string;
  /** lock: URL + checksum from toolchain.lock.yaml; registry: resolved now; cache: nothing downloaded. */
  source: ToolSource;
  /** Which cache held it, or `no` when it was downloaded. */
  cacheHit: 'Actions cache' | 'runner tool cache' | 'already installed' | 'no';
  durationMs: number;
}

export type InstallRootCache = { state: 'off' | 'no-runtime' | 'miss' | 'failed' } | { state: 'exact' | 'prefix'; matchedKey: string };

export function toolRow(o: InstallOutcome, ctx: { seeded: ReadonlySet<string>; restored: boolean }): ToolRow {
  const name = o.tool.requestedAs ?? o.tool.name;
  const downloaded = o.status === 'installed';
  const id = `${o.tool.repoOwner}/${o.tool.repoName}@${o.version}`;
  return {
    name,
    version: o.version,
    source: downloaded ? (o.fromLock ? 'lock' : 'registry') : 'cache',
    cacheHit: downloaded ? 'no' : ctx.seeded.has(id) ? 'runner tool cache' : ctx.restored ? 'Actions cache' : 'already installed',
    durationMs: o.durationMs ?? 0,
  };
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

function cacheLine(cache: InstallRootCache): string {
  switch (cache.state) {
    case 'exact':
      return `restored from the Actions cache (exact key \`${cell(cache.matchedKey)}\`)`;
    case 'prefix':
      return `partly restored from \`${cell(cache.matchedKey)}\` (restore key)`;
    case 'miss':
      return 'no Actions cache entry yet';
    case 'failed':
      return 'Actions cache restore failed (see the log)';
    case 'no-runtime':
      return 'Actions cache unavailable (no runtime token)';
    default:
      return 'Actions cache off';
  }
}

export function formatToolchainSummary(rows: readonly ToolRow[], meta: { platform: string; totalMs: number; cache: InstallRootCache }): string {
  const downloaded = rows.filter((r) => r.cacheHit === 'no').length;
  const lines = [
    '### Toolchain',
    '',
    `${rows.length} tool version(s) ready for ${meta.platform} in ${formatDuration(meta.totalMs)}: ${downloaded} downloaded, ${rows.length - downloaded} from cache. Install root: ${cacheLine(meta.cache)}.`,
    '',
    '| Tool | Version | Source | Cache hit | Time |',
    '| --- | --- | --- | --- | ---: |',
    ...rows.map((r) => `| ${cell(r.name)} | ${cell(r.version)} | ${r.source} | ${r.cacheHit} | ${formatDuration(r.durationMs)} |`),
  ];
  return `${lines.join('\n')}\n`;
}
