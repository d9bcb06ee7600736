/**
 * The WRITE side of the warm stamp (see ./stamp.ts): after a full `toolchain install` (or
 * `toolchain shims`) the CLI records what it just proved, computed again from the files on
 * disk with the same local lookups the warm `exec`/`which` path uses (aliases, the lock,
 * `.tool-versions`; never the registry, never the network). No stamp is written when the
 * answer could differ without any recorded input changing: a constraint or `latest` pin, a
 * name only the registry resolves, `use:` (another atmos-ts version would answer), CI cache
 * auto mode (it runs around every command), flags that move the pins or the install root,
 * or a config file other than the one discovery finds from the working directory.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from '../../common/atomicFile.js';
import { CONFIG_FILE_NAMES, type LoadedConfig } from '../../config/index.js';
import { InstallLayout } from '../layout.js';
import { resolveLocally, type LocalTool } from '../localResolve.js';
import { loadLockFile, type LockFileData } from '../lockFile.js';
import { toolchainSettings, type ToolchainSettings } from '../settings.js';
import { parseToolVersions } from '../toolVersions.js';
import { SHIM_STAMP } from './scripts.js';
import { writeShims } from './write.js';
import { envDigest, fileFact, installIdentity, STAMP_VERSION, stampPath, type FileFact, type InstallIdentity, type WarmStamp } from './stamp.js';

/** The toolchain flags that move files; any of them set → the flagless fast path must not reuse the answer. */
export interface StampFlags {
  toolVersions?: string;
  installRoot?: string;
  toolsConfig?: string;
}

const EXACT_VERSION = /^v?\d[\w.+-]*$/;

export type StampResult = { stamp: WarmStamp; file: string } | { stamp?: undefined; reason: string };

/** Computes the stamp for `config.cwd`; `reason` says why there is none. */
export async function computeStamp(config: LoadedConfig, flags: StampFlags = {}): Promise<StampResult> {
  const env = config.env;
  const at = Date.now();
  if (flags.toolVersions || flags.installRoot || flags.toolsConfig) return { reason: 'toolchain flags given' };
  if (config.values.use) return { reason: '`use:` pins another atmos-ts version' };
  if ((config.values.ci?.cache?.auto ?? 'off') !== 'off') return { reason: 'ci.cache.auto runs around every command' };
  const discovered = discoveryFacts(config.cwd, env);
  if (discovered.file !== config.file) return { reason: `config in use (${config.file ?? 'none'}) is not the one found from ${config.cwd}` };

  const settings = toolchainSettings(config);
  const files: Record<string, FileFact> = { ...discovered.facts };
  const tvFact = fileFact(settings.toolVersionsPath);
  if (typeof tvFact !== 'string') return { reason: `${settings.toolVersionsPath} does not exist` };
  files[settings.toolVersionsPath] = tvFact;
  if (settings.useLock) files[settings.lockPath] = fileFact(settings.lockPath);

  const resolved = await resolvePins(config, settings);
  if ('reason' in resolved) return resolved;

  // Unchanged while we looked? Otherwise what we resolved may not be what we hashed.
  for (const [file, fact] of Object.entries(files)) if (fileFact(file) !== fact) return { reason: `${file} changed while recording` };

  const stamp: WarmStamp = {
    v: STAMP_VERSION,
    cwd: config.cwd,
    env: envDigest(env),
    files,
    installs: resolved.installs,
    tools: resolved.tools,
    dirs: resolved.dirs,
    count: resolved.count,
    at,
  };
  return { stamp, file: stampPath(config.cacheRoot, config.cwd, env) };
}

/** A shims directory to (re)write with the stamp, and how its shims start the CLI. */
export interface ShimsTarget {
  dir: string;
  launch: string[];
}

export type RecordResult = { stamp: WarmStamp; file: string; shims: { dir: string; commands: string[] }[] } | { stamp?: undefined; reason: string };

/**
 * Writes the stamp (temp + rename) and rewrites every shims directory registered for this
 * project (the previous stamp's, plus `addShims`), so shims follow the pins.
 */
export async function recordStamp(config: LoadedConfig, flags: StampFlags = {}, addShims?: ShimsTarget): Promise<RecordResult> {
  const r = await computeStamp(config, flags);
  if (!r.stamp) return r;
  const previous = readStampFile(r.file);
  const targets = new Map<string, ShimsTarget>();
  for (const t of previous?.shims ?? []) if (existsSync(path.join(t.dir, SHIM_STAMP))) targets.set(t.dir, t);
  if (addShims) targets.set(addShims.dir, addShims);
  if (targets.size) r.stamp.shims = [...targets.values()];
  writeFileAtomicSync(r.file, `${JSON.stringify(r.stamp)}\n`);
  const shims = [...targets.values()].map((t) => ({ dir: t.dir, commands: writeShims(r.stamp, t.dir, t.launch, config.env) }));
  return { ...r, shims };
}

function readStampFile(file: string): WarmStamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as WarmStamp;
  } catch {
    return undefined;
  }
}

/**
 * What config discovery (`discoverConfigFile`: ATMOS_CLI_CONFIG_PATH > cwd > git root) depends
 * on, as file facts: the candidates passed over must stay absent, the one found must keep its
 * content, and the `.git` markers between cwd and the git root must stay as they are.
 */
export function discoveryFacts(cwd: string, env: NodeJS.ProcessEnv): { file?: string; facts: Record<string, FileFact> } {
  const facts: Record<string, FileFact> = {};
  const inDir = (dir: string): string | undefined => {
    for (const name of CONFIG_FILE_NAMES) {
      const p = path.join(dir, name);
      const fact = fileFact(p);
      facts[p] = fact;
      if (fact !== null) return p;
    }
    return undefined;
  };
  if (env.ATMOS_CLI_CONFIG_PATH) {
    // The variable is part of the environment digest; a directory names its atmos.yaml.
    const p = path.resolve(cwd, env.ATMOS_CLI_CONFIG_PATH);
    if (existsSync(p) && statSync(p).isDirectory()) return { file: inDir(p), facts };
    facts[p] = fileFact(p);
    return { file: p, facts };
  }
  const here = inDir(cwd);
  if (here) return { file: here, facts };
  for (let dir = cwd; ;) {
    const marker = path.join(dir, '.git');
    const fact = existsSync(marker) ? 'exists' : null;
    facts[marker] = fact;
    if (fact) return { file: dir === cwd ? undefined : inDir(dir), facts };
    const parent = path.dirname(dir);
    if (parent === dir) return { facts };
    dir = parent;
  }
}

interface ResolvedPins {
  installs: InstallIdentity[];
  tools: Record<string, string>;
  dirs: string[];
  count: number;
}

async function resolvePins(config: LoadedConfig, settings: ToolchainSettings): Promise<ResolvedPins | { reason: string }> {
  const layout = new InstallLayout(settings.installRoot);
  const aliases = Object.fromEntries(Object.entries(config.values.toolchain?.aliases ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const lock: LockFileData | undefined = settings.useLock ? await loadLockFile(settings.lockPath) : undefined;
  const shown = path.relative(config.cwd, settings.toolVersionsPath) || settings.toolVersionsPath;
  const tv = parseToolVersions(readFileSync(settings.toolVersionsPath, 'utf8'), shown);
  // Without the installed-names scan: a name only that scan resolves depends on every install,
  // not just the recorded ones, so it stays with the full CLI.
  const ctx = { aliases, lock };
  const pinned = new Map<string, { tool: LocalTool; version: string; binaries: string[] }>();
  const installs: InstallIdentity[] = [];
  const dirs: string[] = [];
  let count = 0;
  for (const [key, versions] of tv.tools) {
    const version = versions[0];
    if (!version || !EXACT_VERSION.test(version)) return { reason: `${key} ${version ?? ''} is not an exact version` };
    const tool = await resolveLocally(key, ctx);
    if (!tool) return { reason: `${key} is resolved by the registry` };
    const meta = await layout.readInstalled(tool.owner, tool.repo, version);
    if (!meta) return { reason: `${key} ${version} is not installed` };
    const dir = layout.versionDir(tool.owner, tool.repo, version);
    const identity = installIdentity(dir, meta.binaries);
    if (!identity) return { reason: `${dir} changed while recording` };
    count++;
    if (!dirs.includes(dir)) {
      dirs.push(dir);
      installs.push(identity);
    }
    pinned.set(`${tool.owner}/${tool.repo}`, { tool, version, binaries: meta.binaries });
  }

  // Every name a warm `exec`/`which` could be given for a pinned tool, answered the way
  // cli/toolchain/warm.ts answers it: resolve the name, take the pinned default, pick the binary.
  const tools: Record<string, string> = {};
  const candidates = new Set<string>([...tv.tools.keys(), ...Object.keys(aliases)]);
  for (const { tool, binaries } of pinned.values()) {
    for (const n of [tool.name, `${tool.owner}/${tool.repo}`, tool.repo, ...binaries.map((b) => b.replace(/\.exe$/i, ''))]) candidates.add(n);
  }
  for (const name of candidates) {
    const tool = await resolveLocally(name, ctx);
    const pin = tool && pinned.get(`${tool.owner}/${tool.repo}`);
    if (!pin) continue;
    // The version the warm path would take: the first `.tool-versions` line naming this tool.
    if ((await pinnedVersionOf(tv.tools, pin.tool, name, ctx)) !== pin.version) continue;
    const wanted = name.split('/').pop()!;
    const binary = pin.binaries.find((b) => b === wanted || b.replace(/\.exe$/i, '') === wanted) ?? pin.binaries[0];
    if (binary) tools[name] = path.join(layout.versionDir(pin.tool.owner, pin.tool.repo, pin.version), binary);
  }
  return { installs, tools, dirs, count };
}

async function pinnedVersionOf(
  pins: Map<string, string[]>,
  tool: LocalTool,
  typed: string,
  ctx: Parameters<typeof resolveLocally>[1],
): Promise<string | undefined> {
  for (const key of [typed, tool.name, `${tool.owner}/${tool.repo}`]) {
    const v = pins.get(key)?.[0];
    if (v) return v;
  }
  for (const [key, versions] of pins) {
    const other = await resolveLocally(key, ctx);
    if (other && other.owner === tool.owner && other.repo === tool.repo) return versions[0];
  }
  return undefined;
}
