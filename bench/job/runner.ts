/**
 * A fresh GitHub-hosted runner for one job of the job benchmark: its own directories (the
 * `GITHUB_*` command files, tool cache, RUNNER_TEMP, an empty HOME), a copy of the repository,
 * and steps run as the runner runs them: each a child process, timed (wall and CPU of the
 * process tree through bench/toolchain/timing.ts), actions with `INPUT_*`/`STATE_*` and
 * their command files read back (test/support/actionRunner.ts).
 */
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeRunnerDirs, parseCommandFile, runnerEnv, type RunnerDirs } from '../../test/support/actionRunner.js';
import { timedRun, type Outcome } from '../toolchain/timing.js';

export interface Step {
  name: string;
  /** Part of the dependency phase (restore, install, init) or a post step. */
  phase: 'deps' | 'post';
  ms: number;
  cpuMs: number;
  ok: boolean;
}

export class JobFailed extends Error {}

export interface Runner {
  dirs: RunnerDirs;
  home: string;
  /** The checked-out repository (GITHUB_WORKSPACE). */
  workspace: string;
  steps: Step[];
  /** Environment every step starts from (runner variables + `extra`). */
  env(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** Run a command as a step; a non-zero exit fails the job (JobFailed) unless `allowFailure`. */
  run(
    name: string,
    phase: Step['phase'],
    cmd: string,
    args: string[],
    options?: { env?: NodeJS.ProcessEnv; cwd?: string; allowFailure?: boolean },
  ): Promise<Outcome>;
  /** The error that fails the job after `name` exited non-zero. */
  failure(name: string, out: Outcome): JobFailed;
  /** Run an action bundle's main or post phase; a non-zero exit is the caller's to judge (post steps must still run). */
  action(
    name: string,
    phase: Step['phase'],
    bundle: string,
    options: { inputs: Record<string, string>; env?: NodeJS.ProcessEnv; state?: Record<string, string> },
  ): Promise<ActionStep>;
}

export interface ActionStep extends Outcome {
  outputs: Record<string, string>;
  state: Record<string, string>;
  exported: Record<string, string>;
  pathAdded: string[];
}

const STEP_TIMEOUT_MS = 600_000;

export function newRunner(root: string, repoTemplate: string, baseEnv: NodeJS.ProcessEnv): Runner {
  const dirs = makeRunnerDirs(root);
  const home = path.join(root, 'home');
  mkdirSync(home, { recursive: true });
  cpSync(repoTemplate, dirs.workspace, { recursive: true });
  const steps: Step[] = [];
  const env = (extra: NodeJS.ProcessEnv = {}) => runnerEnv(dirs, { ...baseEnv, HOME: home, ...extra });
  const record = (name: string, phase: Step['phase'], out: Outcome) => {
    steps.push({ name, phase, ms: out.ms, cpuMs: out.cpuMs, ok: out.code === 0 });
  };
  const failure = (name: string, out: Outcome): JobFailed => {
    const tail = `${out.stdout}\n${out.stderr}`.trim().split('\n').slice(-25).join('\n');
    return new JobFailed(`step "${name}" exited ${out.code}${out.cutOff ? ' (cut off)' : ''}:\n${tail}`);
  };
  return {
    dirs,
    home,
    workspace: dirs.workspace,
    steps,
    env,
    failure,
    async run(name, phase, cmd, args, options = {}) {
      const out = await timedRun({ cmd, args, cwd: options.cwd ?? dirs.workspace, env: options.env ?? env() }, STEP_TIMEOUT_MS);
      record(name, phase, out);
      if (out.code !== 0 && !options.allowFailure) throw failure(name, out);
      return out;
    },
    async action(name, phase, bundle, options) {
      const sizes = Object.fromEntries(Object.entries(dirs.files).map(([k, f]) => [k, readFileSync(f, 'utf8').length])) as Record<
        keyof RunnerDirs['files'],
        number
      >;
      const e = env(options.env);
      for (const [k, v] of Object.entries(options.inputs)) e[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
      for (const [k, v] of Object.entries(options.state ?? {})) e[`STATE_${k}`] = v;
      const out = await timedRun({ cmd: process.execPath, args: [bundle], cwd: dirs.workspace, env: e }, STEP_TIMEOUT_MS);
      record(name, phase, out);
      const since = (k: keyof RunnerDirs['files']) => readFileSync(dirs.files[k], 'utf8').slice(sizes[k]);
      const step: ActionStep = {
        ...out,
        outputs: parseCommandFile(since('output')),
        state: parseCommandFile(since('state')),
        exported: parseCommandFile(since('env')),
        pathAdded: since('path').split('\n').filter(Boolean),
      };
      return step;
    },
  };
}

/** User + system CPU time (ms) a live process has used so far (Linux /proc), 0 when it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command name start at field 3 (state); utime is field 14, stime 15, in clock ticks (100 Hz on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}
