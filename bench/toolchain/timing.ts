import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** One command line of a contender (what to spawn, where, with which environment). */
export interface Invocation {
  cmd: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Timed {
  /** Wall time. */
  ms: number;
  /** CPU time (user + sys) of the command and its children: much less sensitive to machine load than wall time. */
  cpuMs: number;
  stdout: string;
  stderr: string;
}

// bash's `times` prints the shell's and then its children's user/sys times (ms resolution).
const WRAP = '"$@"; s=$?; times >&2; exit $s';

function parseTimes(stderr: string): { cpuMs: number; rest: string } {
  const lines = stderr.trimEnd().split('\n');
  const children = lines.pop() ?? '';
  lines.pop();
  const secs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (secs.length !== 2) throw new Error(`bench: cannot read CPU times from ${JSON.stringify(children)}`);
  return { cpuMs: (secs[0] + secs[1]) * 1000, rest: lines.join('\n') };
}

/** A run that may have failed or been cut off (some benchmarks measure exactly that). */
export interface Outcome extends Timed {
  /** Exit code of the command (137 when cut off). */
  code: number | null;
  /** Killed at the cut-off; `ms` is then the cut-off. */
  cutOff: boolean;
}

/** Direct children of a process (Linux /proc): what the timing wrapper runs. */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * Run a command and return its wall and CPU time, whatever its exit code. Asynchronous on
 * purpose: the fake upstream lives in this process, so a synchronous spawn would block the
 * server the command downloads from. Every command (the direct baseline too) runs under the
 * same tiny bash wrapper that reports CPU time, so the wrapper's cost cancels out of overhead
 * figures. With `cutoffMs`, the command (the wrapper's child) gets SIGKILL after that long;
 * the wrapper still reports its CPU time. Rejects only when the command could not be run or timed.
 */
export function timedRun(inv: Invocation, cutoffMs?: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('bash', ['-c', WRAP, 'bash', inv.cmd, ...inv.args], { cwd: inv.cwd, env: inv.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    let cutOff = false;
    const timer =
      cutoffMs === undefined
        ? undefined
        : setTimeout(() => {
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
        resolve({ ms: cutOff ? cutoffMs! : ms, cpuMs, code, cutOff, stdout: Buffer.concat(out).toString('utf8'), stderr: rest });
      } catch (e) {
        reject(e as Error);
      }
    });
  });
}

/** {@link timedRun} for commands that must succeed: a non-zero exit is an error carrying the output, so a failing contender never gets timed. */
export async function timed(inv: Invocation): Promise<Timed> {
  const { ms, cpuMs, stdout, stderr, code } = await timedRun(inv);
  if (code !== 0) throw new Error(`${inv.cmd} ${inv.args.join(' ')} (cwd ${inv.cwd}) exited ${code}\n${stdout}\n${stderr}`);
  return { ms, cpuMs, stdout, stderr };
}

/** Fail loudly when a contender ran but did not produce what it should have. */
export function expectOutput(what: string, got: Timed, expected: string): void {
  if (!got.stdout.includes(expected)) {
    throw new Error(`${what}: expected output containing ${JSON.stringify(expected)}, got:\n${got.stdout}\n${got.stderr}`);
  }
}
