import { spawn } from 'node:child_process';

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
export const WRAP = '"$@"; s=$?; times >&2; exit $s';

export function parseTimes(stderr: string): { cpuMs: number; rest: string } {
  const lines = stderr.trimEnd().split('\n');
  const children = lines.pop() ?? '';
  lines.pop();
  const secs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (secs.length !== 2) throw new Error(`bench: cannot read CPU times from ${JSON.stringify(children)}`);
  return { cpuMs: (secs[0] + secs[1]) * 1000, rest: lines.join('\n') };
}

/**
 * Run a command and return its wall and CPU time. Asynchronous on purpose: the fake upstream
 * lives in this process, so a synchronous spawn would block the server the command downloads
 * from. Every command (the direct baseline too) runs under the same tiny bash wrapper that
 * reports CPU time, so the wrapper's cost cancels out of overhead figures. A non-zero exit is
 * an error carrying the output, so a failing contender never gets timed.
 */
export function timed(inv: Invocation): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('bash', ['-c', WRAP, 'bash', inv.cmd, ...inv.args], { cwd: inv.cwd, env: inv.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const stdout = Buffer.concat(out).toString('utf8');
      let parsed: ReturnType<typeof parseTimes>;
      try {
        parsed = parseTimes(Buffer.concat(err).toString('utf8'));
      } catch (e) {
        reject(e as Error);
        return;
      }
      const { cpuMs, rest: stderr } = parsed;
      if (code !== 0) {
        reject(new Error(`${inv.cmd} ${inv.args.join(' ')} (cwd ${inv.cwd}) exited ${code ?? signal}\n${stdout}\n${stderr}`));
        return;
      }
      resolve({ ms, cpuMs, stdout, stderr });
    });
  });
}

/** Fail loudly when a contender ran but did not produce what it should have. */
export function expectOutput(what: string, got: Timed, expected: string): void {
  if (!got.stdout.includes(expected)) {
    throw new Error(`${what}: expected output containing ${JSON.stringify(expected)}, got:\n${got.stdout}\n${got.stderr}`);
  }
}
