/**
 * Writes a shims directory from a warm stamp: one shim per pinned command (POSIX sh, or `.cmd`
 * on Windows), the `atmos-ts` launcher, and the stamp file the POSIX shims compare mtimes
 * against. Each file is written whole (temp + rename) so a shell never runs half a shim;
 * shims of commands no longer pinned are removed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from '../../common/atomicFile.js';
import { INSTALL_META } from '../layout.js';
import { renderCmdLauncher, renderCmdShim, renderShLauncher, renderShShim, SHIM_STAMP, type ShimPlan } from './scripts.js';
import { relevantEnv, touchShimStamp, type WarmStamp } from './stamp.js';

/**
 * Variables a shim compares (set ones to their value, these to "still unset"): what moves the
 * pins, the config, the cache root or the install root. Log levels are not among them.
 */
const MUST_STAY_UNSET = [
  'ATMOS_CLI_CONFIG_PATH',
  'ATMOS_TOOL_VERSIONS',
  'ATMOS_TOOLCHAIN_PATH',
  'ATMOS_TOOLCHAIN_VERSIONS_FILE',
  'ATMOS_TOOLCHAIN_LOCK_FILE',
  'ATMOS_TOOLCHAIN_USE_LOCK_FILE',
  'ATMOS_TOOLCHAIN_INSTALL_PATH',
  'ATMOS_TOOLCHAIN_ALIASES',
  'ATMOS_XDG_CACHE_HOME',
  'XDG_CACHE_HOME',
  'ATMOS_USE_VERSION',
  'ATMOS_CI_CACHE_AUTO',
  'GIT_DIR',
  'GIT_WORK_TREE',
];
const NOT_COMPARED = new Set(['ATMOS_LOGS_LEVEL', 'ATMOS_LOG_LEVEL', 'CI', 'GITHUB_ACTIONS', 'ATMOS_TS_REEXEC_DEPTH']);

/** Command name → binary, for the binaries of pinned installs whose name resolves to exactly that binary. */
export function shimCommands(stamp: WarmStamp): Record<string, string> {
  const out: Record<string, string> = {};
  for (const inst of stamp.installs) {
    for (const b of Object.keys(inst.binaries)) {
      const name = b.replace(/\.exe$/i, '');
      const binary = path.join(inst.dir, b);
      if (stamp.tools[name] === binary) out[name] = binary;
    }
  }
  return out;
}

export function shimPlan(stamp: WarmStamp, dir: string, launch: string[], env: NodeJS.ProcessEnv, platform = process.platform): ShimPlan {
  const set = relevantEnv(env, platform).filter(([n]) => !NOT_COMPARED.has(n));
  const names = new Set(set.map(([n]) => n));
  return {
    cwd: stamp.cwd,
    stampFile: path.join(dir, SHIM_STAMP),
    files: stamp.files,
    env: [...set, ...MUST_STAY_UNSET.filter((n) => !names.has(n)).map((n): [string, undefined] => [n, undefined])],
    commands: shimCommands(stamp),
    installs: stamp.installs.map((i) => ({ dir: i.dir, binaries: Object.keys(i.binaries) })),
    count: stamp.count,
    launch,
    marker: INSTALL_META,
  };
}

function writeWhole(file: string, text: string, mode: number): void {
  writeFileAtomicSync(file, text, { mode });
}

/** Writes (or rewrites) `dir`; returns the command names shimmed. */
export function writeShims(stamp: WarmStamp, dir: string, launch: string[], env: NodeJS.ProcessEnv, platform = process.platform): string[] {
  const plan = shimPlan(stamp, dir, launch, env, platform);
  mkdirSync(dir, { recursive: true });
  const windows = platform === 'win32';
  const wanted = new Set<string>();
  // The stamp file first and already old: a shim written before it would otherwise see it missing.
  writeWhole(plan.stampFile, `${stamp.cwd}\n`, 0o644);
  touchShimStamp(plan.stampFile, stamp.at, true);
  for (const command of Object.keys(plan.commands)) {
    const file = path.join(dir, windows ? `${command}.cmd` : command);
    wanted.add(path.basename(file));
    writeWhole(file, windows ? renderCmdShim(plan, command) : renderShShim(plan, command), 0o755);
  }
  const launcher = windows ? 'atmos-ts.cmd' : 'atmos-ts';
  wanted.add(launcher);
  writeWhole(path.join(dir, launcher), windows ? renderCmdLauncher(plan) : renderShLauncher(plan), 0o755);
  // Shims of commands that are no longer pinned go (only files we wrote: they say so).
  for (const entry of readdirSync(dir)) {
    if (wanted.has(entry) || entry === SHIM_STAMP) continue;
    const file = path.join(dir, entry);
    let head = '';
    try {
      head = readFileSync(file, 'utf8').slice(0, 200);
    } catch {
      continue;
    }
    if (head.includes('atmos-ts shim')) rmSync(file, { force: true });
  }
  return Object.keys(plan.commands).sort();
}
