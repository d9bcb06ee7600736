import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Invocation } from '../toolchain/timing.js';

/** A process we will kill -9 (no wrapper: the signal must reach the CLI itself). */
export interface Victim {
  child: ChildProcess;
  output(): string;
  /** Settles when the process has exited and its pipes are closed. */
  closed: Promise<void>;
  /** SIGKILL and wait until it is gone. */
  kill9(): Promise<void>;
}

export function spawnVictim(inv: Invocation): Victim {
  const child = spawn(inv.cmd, inv.args, { cwd: inv.cwd, env: inv.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d));
  child.stderr!.on('data', (d: Buffer) => (text += d));
  const closed = new Promise<void>((r) => child.once('close', () => r()));
  return {
    child,
    closed,
    output: () => text,
    async kill9() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await closed;
    },
  };
}

/** Poll `cond` every 20 ms; throw `what` after `timeoutMs` (every wait in the bench is bounded). */
export async function waitUntil(what: string, cond: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`bench recovery: gave up after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const TICK_MS = 10; // USER_HZ is 100 on Linux (sysconf(_SC_CLK_TCK)).

/** CPU time (user + sys) a live process has used so far, from /proc/<pid>/stat. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the `(comm)` (which may hold spaces): state is field 3, utime 14, stime 15.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * TICK_MS;
}
