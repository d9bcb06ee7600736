import type { LockFileData } from './lockFile.js';
import type { InstallLayout } from './layout.js';

/**
 * Resolve a tool name to `owner/repo` WITHOUT the registry, for warm paths (`exec`,
 * `which`, `path`, install-from-lock): `owner/repo[/sub]` as written, a configured alias,
 * a lock entry whose repo or binary has that name, or an installed version that recorded
 * that name. Undefined (ask the registry) when none or several match.
 */
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

export async function resolveLocally(
  tool: string,
  ctx: { aliases: Record<string, string>; lock?: LockFileData; layout: InstallLayout },
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
  const matches: LocalTool[] = [];
  for (const { owner, repo } of await ctx.layout.installedRepos()) {
    const versions = await ctx.layout.installedVersions(owner, repo);
    for (const v of versions) {
      const meta = await ctx.layout.readMeta(owner, repo, v);
      if (meta && (meta.names.includes(tool) || repo === tool || meta.binaries.some((b) => b.replace(/\.exe$/i, '') === tool))) {
        matches.push({ name: meta.name, owner, repo, registry: meta.registry });
        break;
      }
    }
  }
  return matches.length === 1 ? matches[0] : undefined;
}
