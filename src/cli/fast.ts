/**
 * The fast entry: `bin/atmos-ts.js` runs this (bundled alone into dist/cli-fast/, Node builtins
 * only) BEFORE loading the CLI bundle. When the command is a plain warm `toolchain install`,
 * `toolchain which <tool>` or `toolchain exec|run <tool> [--] args…` and the warm stamp of this
 * directory still holds (see src/toolchain/shims/stamp.ts), it answers from the stamp — no
 * commander, no yaml, no config loader, no engine. Anything else (another command, a flag,
 * `tool@version`, no stamp, a changed input) returns undefined and the full CLI runs, which
 * does the real work and records a fresh stamp after a successful install.
 *
 * `ATMOS_TS_NO_FAST=1` turns it off.
 */
import path from 'node:path';
import { cacheRoot } from '../common/paths.js';
import { loadToolRunner, readValidStamp, SHIM_STAMP, touchShimStamp } from '../toolchain/fast.js';

export type FastCommand = { kind: 'install' } | { kind: 'which'; tool: string } | { kind: 'exec'; tool: string; args: string[] };

/** The commands the fast path answers, from `process.argv.slice(2)`; undefined for anything else. */
export function parseFastCommand(args: string[]): FastCommand | undefined {
  if (args[0] !== 'toolchain') return undefined;
  const [, sub, tool, ...rest] = args;
  const plainTool = tool !== undefined && tool !== '' && !tool.startsWith('-') && !tool.includes('@');
  if (sub === 'install' && args.length === 2) return { kind: 'install' };
  if (sub === 'which' && plainTool && rest.length === 0) return { kind: 'which', tool };
  if ((sub === 'exec' || sub === 'run') && plainTool) return { kind: 'exec', tool, args: rest[0] === '--' ? rest.slice(1) : rest };
  return undefined;
}

/** The messages `install` prints at this log level (same rule as the CLI's ATMOS_LOGS_LEVEL). */
function quiet(env: NodeJS.ProcessEnv): boolean {
  const level = (env.ATMOS_LOGS_LEVEL ?? env.ATMOS_LOG_LEVEL ?? '').toLowerCase();
  return level === 'warn' || level === 'warning' || level === 'error' || level === 'off';
}

/**
 * Answers `argv` from the warm stamp and returns the exit code, or undefined when the full
 * CLI must run. `exec` runs the tool and mirrors how it ended.
 */
export async function runFast(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = process,
): Promise<number | undefined> {
  if (env.ATMOS_TS_NO_FAST) return undefined;
  const cmd = parseFastCommand(argv.slice(2));
  if (!cmd) return undefined;
  const checkedAt = Date.now();
  let stamp;
  try {
    stamp = readValidStamp(cacheRoot(env), cwd, env);
    if (!stamp) return undefined;
    // Every input was just verified by content: the POSIX shims may trust mtimes up to now again
    // (they fell back here because a file looked newer than their stamp, e.g. after a checkout).
    for (const s of stamp.shims ?? []) touchShimStamp(path.join(s.dir, SHIM_STAMP), checkedAt);
  } catch {
    // Whatever went wrong (an unreadable stamp directory, a shims directory of another user),
    // the full CLI gives the real answer or a real error message.
    return undefined;
  }
  switch (cmd.kind) {
    case 'install':
      if (!quiet(env)) {
        io.stderr.write(
          `✓ 0 installed, ${stamp.count} already installed (${stamp.count} tool version${stamp.count === 1 ? '' : 's'}; unchanged since the last install)\n`,
        );
      }
      return 0;
    case 'which': {
      const binary = stamp.tools[cmd.tool];
      if (!binary) return undefined;
      io.stdout.write(`${binary}\n`);
      return 0;
    }
    case 'exec': {
      const binary = stamp.tools[cmd.tool];
      if (!binary) return undefined;
      // As the full `exec`: the tool's own directory first on PATH (Windows spells it Path).
      const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
      const dir = path.dirname(binary);
      const rest = (env[key] ?? '').split(path.delimiter).filter((d) => d && d !== dir);
      const childEnv = { ...env, [key]: [dir, ...rest].join(path.delimiter) };
      // Loaded only here: install and which never pay for the process and signal plumbing.
      const { exitCodeFor, exitLikeChild, runTool } = await loadToolRunner();
      let exit;
      try {
        exit = await runTool(binary, cmd.args, { env: childEnv, cwd });
      } catch (err) {
        // The tool could not be started (it was checked a moment ago): say so as the CLI would.
        io.stderr.write(`error: ${(err as Error).message}\n`);
        return (err as { exitCode?: number }).exitCode ?? 1;
      }
      exitLikeChild(exit);
      return exitCodeFor(exit);
    }
  }
}
