import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseTimes, WRAP, type Invocation } from '../toolchain/timing.js';

/** One bounded run of a command: it may fail (that is what some trials measure) or be cut off. */
export interface Outcome {
  /** Wall time; the cut-off when `cutOff`. */
  ms: number;
  /** CPU time (user + sys) of the command and its children. */
  cpuMs: number;
  code: number | null;
  cutOff: boolean;
  stdout: string;
  stderr: string;
}

/** Direct children of a process (Linux /proc), for killing what the timing wrapper runs. */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * Run a command under the toolchain bench's CPU-timing wrapper (bash `times`), but with a
 * cut-off: after `cutoffMs` the command (the wrapper's child) gets SIGKILL, so the wrapper
 * still reports CPU time and exits. Resolves whatever the exit code; rejects only when the
 * command could not be run or timed.
 */
export function runBounded(inv: Invocation, cutoffMs: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('bash', ['-c', WRAP, 'bash', inv.cmd, ...inv.args], { cwd: inv.cwd, env: inv.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    let cutOff = false;
    const timer = setTimeout(() => {
      cutOff = true;
      for (const pid of childPids(child.pid!)) process.kill(pid, 'SIGKILL');
    }, cutoffMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      try {
        const { cpuMs, rest } = parseTimes(Buffer.concat(err).toString('utf8'));
        resolve({ ms: cutOff ? cutoffMs : ms, cpuMs, code, cutOff, stdout: Buffer.concat(out).toString('utf8'), stderr: rest });
      } catch (e) {
        reject(e as Error);
      }
    });
  });
}

/** A process we will kill -9 (no wrapper: the signal must reach the CLI itself). */
export interface Victim {
  child: ChildProcess;
  output(): string;
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
