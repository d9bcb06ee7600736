/**
 * Run a tool as if it were started directly: stdio inherited (bytes pass through
 * untouched, TTYs stay TTYs), the exit code returned, and termination signals sent to
 * this process forwarded to the child. Node cannot `execve()` in place, so the child
 * runs under us and we mirror its fate afterwards (see {@link exitLikeChild}).
 */

import { spawn } from 'node:child_process';
import os from 'node:os';
import { isatty } from 'node:tty';
import { AtmosError } from '../common/errors.js';

export interface ToolExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunToolOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Signals forwarded to the child (default SIGINT, SIGTERM, SIGHUP, SIGQUIT; see below). */
  forward?: NodeJS.Signals[];
}

const DEFAULT_FORWARD: NodeJS.Signals[] = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

export function runTool(file: string, args: string[], options: RunToolOptions = {}): Promise<ToolExit> {
  return new Promise((resolve, reject) => {
    const handlers = new Map<NodeJS.Signals, () => void>();
    // A Ctrl-C on a terminal already reaches the child (same foreground process group);
    // sending it a second SIGINT would make tools such as terraform abort forcefully.
    // So SIGINT is forwarded only when stdin is not a terminal (CI runners, `kill -INT`).
    // isatty(0), not process.stdin.isTTY: touching process.stdin would create a reader on
    // the terminal the tool is about to use.
    const interactive = isatty(0);
    for (const sig of options.forward ?? DEFAULT_FORWARD) {
      const h = () => {
        if (sig === 'SIGINT' && interactive) return;
        if (child.exitCode === null && child.signalCode === null) child.kill(sig);
      };
      handlers.set(sig, h);
      process.on(sig, h);
    }
    // Listening before the spawn: a signal that arrives right after the tool starts (its parent
    // not yet past spawn() on a busy machine) must be forwarded, not kill us by its default
    // action and orphan the tool. Handlers run from the event loop, so `child` is set by then.
    const child = spawn(file, args, { stdio: 'inherit', env: options.env ?? process.env, cwd: options.cwd });
    const cleanup = () => {
      for (const [sig, h] of handlers) process.removeListener(sig, h);
    };
    child.once('error', (err: NodeJS.ErrnoException) => {
      cleanup();
      reject(
        new AtmosError(`cannot run ${file}: ${err.message}`, {
          code: 'EXEC_FAILED',
          explanation: err.code === 'EACCES' ? 'The file is not executable.' : err.code === 'ENOENT' ? 'The file does not exist.' : undefined,
          hint: 'Reinstall the tool with `atmos-ts toolchain install --reinstall <tool>`.',
          exitCode: err.code === 'ENOENT' ? 127 : 126,
          cause: err,
        }),
      );
    });
    child.once('exit', (code, signal) => {
      cleanup();
      resolve({ code, signal });
    });
  });
}

/** Shell convention: a process killed by signal N exits with 128 + N. */
export function exitCodeFor(exit: ToolExit): number {
  if (exit.code !== null) return exit.code;
  const n = exit.signal ? os.constants.signals[exit.signal] : undefined;
  return 128 + (n ?? 0);
}

/**
 * End this process the way the child ended: re-raise the child's signal on ourselves
 * (so a parent shell or CI runner sees "killed by SIGTERM", not an exit code), falling
 * back to exit code 128+N where the signal cannot be re-raised (Windows, SIGKILL-ish).
 */
export function exitLikeChild(exit: ToolExit): void {
  process.exitCode = exitCodeFor(exit);
  if (exit.signal && process.platform !== 'win32') {
    // Our forwarding listeners are gone, so the default action (terminate) applies.
    process.removeAllListeners(exit.signal);
    try {
      process.kill(process.pid, exit.signal);
    } catch {
      /* fall through to the exit code */
    }
  }
}
