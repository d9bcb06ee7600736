/**
 * Resolve a tool name to `owner/repo` WITHOUT the registry, for warm paths (`exec`,
 * `which`, `path`, install-from-lock): `owner/repo[/sub]` as written, a configured alias,
 * a lock entry whose repo or binary has that name, or an installed version that recorded
 * that name. Undefined (ask the registry) when none or several match.
 */

import type { LockFileData } from './lockFile.js';
import type { InstallLayout } from './layout.js';

export interface LocalTool {
  name: string;
  owner: string;
  repo: string;
  registry: string;
}

export function splitName(name: string): LocalTool | undefined {
  const parts = name.split('/');
  if (parts.length < 2 || parts.some((p) => !p)) return undefined;
  return { name, owner: parts[0], repo: parts[1], registry: 'local' };
}

/** Every name an installed version answers to (recorded names, repo, binaries) → its tool. */
export type InstalledNames = Map<string, LocalTool[]>;

export async function scanInstalledNames(layout: InstallLayout): Promise<InstalledNames> {
  const index: InstalledNames = new Map();
  for (const { owner, repo } of await layout.installedRepos()) {
    // Markers only (no stat of the binaries): a broken install still names its tool, and is repaired on use.
    for (const v of await layout.versionDirs(owner, repo)) {
      const meta = await layout.readMeta(owner, repo, v);
      if (!meta) continue;
      const tool: LocalTool = { name: meta.name, owner, repo, registry: meta.registry };
      for (const n of new Set([...meta.names, repo, ...meta.binaries.map((b) => b.replace(/\.exe$/i, ''))])) {
        const list = index.get(n) ?? [];
        if (!list.some((t) => t.owner === owner && t.repo === repo)) list.push(tool);
        index.set(n, list);
      }
    }
  }
  return index;
}

export async function resolveLocally(
  tool: string,
  ctx: {
    aliases: Record<string, string>;
    lock?: LockFileData;
    /** A cached scan (the engine keeps one); else `layout` is scanned on demand. */
    installed?: () => Promise<InstalledNames>;
    layout?: InstallLayout;
  },
): Promise<LocalTool | undefined> {
  const direct = splitName(tool);
  if (direct) return direct;
  const alias = ctx.aliases[tool];
  if (alias) {
    const viaAlias = splitName(alias.split('@')[0]);
    if (viaAlias) return viaAlias;
  }
  if (ctx.lock) {
    const hits = Object.entries(ctx.lock.tools).filter(
      ([key, t]) => key.split('/')[1] === tool || Object.values(t.versions ?? {}).some((v) => v?.binary_name === tool),
    );
    if (hits.length === 1) return { ...splitName(hits[0][0])!, registry: 'lock' };
  }
  const installed = ctx.installed ? await ctx.installed() : ctx.layout ? await scanInstalledNames(ctx.layout) : (new Map() as InstalledNames);
  const matches = installed.get(tool) ?? [];
  return matches.length === 1 ? matches[0] : undefined;
}
