import { spawn } from 'node:child_process';

/** One command line of a contender (what to spawn, where, with which environment). */
export interface Invocation {
  cmd: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Timed {
  ms: number;
  stdout: string;
  stderr: string;
}

/**
 * Run a command and return its wall time. Asynchronous on purpose: the fake upstream lives in
 * this process, so a synchronous spawn would block the server the command downloads from.
 * A non-zero exit is an error carrying the output, so a failing contender never gets timed.
 */
export function timed(inv: Invocation): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(inv.cmd, inv.args, { cwd: inv.cwd, env: inv.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code !== 0) {
        reject(new Error(`${inv.cmd} ${inv.args.join(' ')} (cwd ${inv.cwd}) exited ${code ?? signal}\n${stdout}\n${stderr}`));
        return;
      }
      resolve({ ms, stdout, stderr });
    });
  });
}

/** Fail loudly when a contender ran but did not produce what it should have. */
export function expectOutput(what: string, got: Timed, expected: string): void {
  if (!got.stdout.includes(expected)) {
    throw new Error(`${what}: expected output containing ${JSON.stringify(expected)}, got:\n${got.stdout}\n${got.stderr}`);
  }
}
