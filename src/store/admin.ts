// Operator views of a store (`atmos-ts store ls|du|verify|prune`): what is there, how big
// each area is, whether every object still matches the sha256 it was written with, and
// eviction by age and total size. Reads the backend directly: an operator wants errors,
// not the jobs' warn-and-carry-on policy.

import { createHash } from 'node:crypto';
import type { ObjectInfo, ObjectStoreBackend } from './types.js';
import { META_SHA256 } from './types.js';

/** The area an object belongs to: first key segment (`ci-cache`, `registry`, `toolchain`, …). */
export function areaOf(key: string): string {
  return key.split('/')[0] || '(root)';
}

export async function listObjects(backend: ObjectStoreBackend, prefix = ''): Promise<ObjectInfo[]> {
  const out: ObjectInfo[] = [];
  for await (const o of backend.list(prefix)) out.push(o);
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

export interface AreaUsage {
  area: string;
  objects: number;
  bytes: number;
  oldest?: string;
  newest?: string;
}

export async function usage(backend: ObjectStoreBackend, prefix = ''): Promise<AreaUsage[]> {
  const areas = new Map<string, AreaUsage>();
  for (const o of await listObjects(backend, prefix)) {
    const a = areaOf(o.key);
    const u = areas.get(a) ?? { area: a, objects: 0, bytes: 0 };
    u.objects++;
    u.bytes += Math.max(0, o.size);
    const t = o.modified.toISOString();
    if (!u.oldest || t < u.oldest) u.oldest = t;
    if (!u.newest || t > u.newest) u.newest = t;
    areas.set(a, u);
  }
  return [...areas.values()].sort((a, b) => a.area.localeCompare(b.area));
}

export interface VerifyRow {
  key: string;
  size: number;
  status: 'ok' | 'corrupt' | 'unverifiable';
  detail?: string;
  writer?: string;
  removed?: boolean;
}

/**
 * Download every object under the prefix and compare it with its recorded sha256. Leases and
 * probe objects (no hash by design) are skipped. `fix` deletes corrupt objects (the next
 * reader that misses them fetches upstream and writes them again).
 */
export async function verifyObjects(backend: ObjectStoreBackend, options: { prefix?: string; fix?: boolean } = {}): Promise<VerifyRow[]> {
  const rows: VerifyRow[] = [];
  for (const o of await listObjects(backend, options.prefix ?? '')) {
    if (/(^|\/)\.(leases|atmos-probe)\//.test(o.key)) continue;
    const got = await backend.get(o.key);
    if (!got) continue; // deleted meanwhile
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const c of got.body) {
      hash.update(c as Buffer);
      bytes += (c as Buffer).length;
    }
    const expected = got.info.metadata?.[META_SHA256];
    const actual = hash.digest('hex');
    const writer = [got.info.metadata?.writer_host, got.info.metadata?.writer_run].filter(Boolean).join(' ') || undefined;
    let row: VerifyRow;
    if (!expected) row = { key: o.key, size: bytes, status: 'unverifiable', detail: 'no sha256 metadata (not written by atmos-ts)', writer };
    else if (expected !== actual || (got.info.size >= 0 && got.info.size !== bytes))
      row = { key: o.key, size: bytes, status: 'corrupt', detail: expected === 'truncated' ? 'truncated' : `sha256 ${actual} ≠ recorded ${expected}`, writer };
    else row = { key: o.key, size: bytes, status: 'ok', writer };
    if (row.status === 'corrupt' && options.fix) row.removed = await backend.delete(o.key);
    rows.push(row);
  }
  return rows;
}

/**
 * Evict: objects older than `olderThanMs`, then the oldest until the total is at most
 * `maxBytes`; expired leases always. Leases still held are never removed.
 */
export async function pruneObjects(
  backend: ObjectStoreBackend,
  options: { prefix?: string; olderThanMs?: number; maxBytes?: number; dryRun?: boolean; now?: number },
): Promise<{ removed: ObjectInfo[]; kept: ObjectInfo[] }> {
  const now = options.now ?? Date.now();
  const all = await listObjects(backend, options.prefix ?? '');
  const isLease = (o: ObjectInfo) => /(^|\/)\.(leases|atmos-probe)\//.test(o.key);
  const removed: ObjectInfo[] = [];
  // Leases older than the longest lease any tier takes (2 min) are left-overs of killed jobs.
  for (const o of all) if (isLease(o) && now - o.modified.getTime() > 10 * 60_000) removed.push(o);
  const kept = all.filter((o) => !isLease(o)).sort((a, b) => b.modified.getTime() - a.modified.getTime());
  if (options.olderThanMs !== undefined) {
    for (const o of [...kept]) if (now - o.modified.getTime() > options.olderThanMs) removed.push(...kept.splice(kept.indexOf(o), 1));
  }
  if (options.maxBytes !== undefined) {
    let total = kept.reduce((s, o) => s + Math.max(0, o.size), 0);
    while (total > options.maxBytes && kept.length > 0) {
      const oldest = kept.pop()!;
      total -= Math.max(0, oldest.size);
      removed.push(oldest);
    }
  }
  if (!options.dryRun) for (const o of removed) await backend.delete(o.key);
  return { removed, kept };
}
