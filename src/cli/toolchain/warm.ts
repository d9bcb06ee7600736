/*
 * The warm path of `exec` and `which`: find an ALREADY INSTALLED binary from local
 * files only (`.tool-versions`, the lock, the install metadata), without importing the
 * engine — whose HTTP client, registries and installers cost ~100 ms to load, which
 * `exec` pays on every call. Anything not answerable locally (not installed, a
 * constraint or `latest`, an unknown short name) returns undefined and the caller
 * asks the engine, which does the same lookup and installs when needed.
 */
import path from 'node:path';
import { InstallLayout, resolveLocally, loadLockFile, toolchainSettings, loadToolVersions, type ToolSpec, type LocalTool } from '../../toolchain/index.js';
import { str, type ToolchainCommand } from './session.js';

const EXACT_VERSION = /^v?\d[\w.+-]*$/;

export async function installedBinary(cmd: ToolchainCommand, spec: ToolSpec): Promise<string | undefined> {
  const config = cmd.ctx.config();
  const { opts } = cmd;
  const paths = toolchainSettings(config, { toolVersions: str(opts.toolVersions), installRoot: str(opts.toolchainPath) ?? str(opts.toolsDir) });
  const layout = new InstallLayout(paths.installRoot);
  const aliases = Object.fromEntries(Object.entries(config.values.toolchain.aliases ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const lock = paths.useLock ? await loadLockFile(paths.lockPath) : undefined;
  const tool = await resolveLocally(spec.tool, { aliases, lock, layout });
  if (!tool) return undefined;
  const shownFile = path.relative(config.cwd, paths.toolVersionsPath) || paths.toolVersionsPath;
  const version = spec.version ?? (await pinnedVersion(paths.toolVersionsPath, shownFile, tool, spec.tool, { aliases, lock, layout }));
  if (!version || !EXACT_VERSION.test(version)) return undefined;
  // Complete installs only: anything less goes to the engine, which says what is wrong or repairs it.
  const meta = await layout.readInstalled(tool.owner, tool.repo, version);
  if (!meta) return undefined;
  const wanted = spec.tool.split('/').pop()!;
  const name = meta.binaries.find((b) => b === wanted || b.replace(/\.exe$/i, '') === wanted) ?? meta.binaries[0];
  return name ? path.join(layout.versionDir(tool.owner, tool.repo, version), name) : undefined;
}

/** The default version of `tool` in `.tool-versions`, whichever key (alias or owner/repo) the file uses. */
async function pinnedVersion(
  file: string,
  shownFile: string,
  tool: LocalTool,
  typed: string,
  ctx: Parameters<typeof resolveLocally>[1],
): Promise<string | undefined> {
  const tv = await loadToolVersions(file, shownFile);
  for (const key of [typed, tool.name, `${tool.owner}/${tool.repo}`]) {
    const v = tv.tools.get(key)?.[0];
    if (v) return v;
  }
  for (const [key, versions] of tv.tools) {
    const other = await resolveLocally(key, ctx);
    if (other && other.owner === tool.owner && other.repo === tool.repo) return versions[0];
  }
  return undefined;
}
