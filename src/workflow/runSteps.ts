import { spawn } from 'node:child_process';
import { AtmosError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { Step } from './steps.js';

export interface RunStepsOptions {
  /** `workflow deploy` / `command deploy` — used in messages. */
  label: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  logger: Logger;
  /** How to run `atmos-ts` itself for `type: atmos` steps. */
  self: { command: string; args: string[] };
  /** Print the steps instead of running them. */
  dryRun?: boolean;
}

/** Shell-quote for sh (atmos-type steps are joined onto the atmos-ts command line). */
function shQuote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function commandLine(step: Step, self: RunStepsOptions['self']): string {
  if (step.type === 'shell') return step.command;
  return [self.command, ...self.args].map(shQuote).join(' ') + ' ' + step.command;
}

function runShell(line: string, options: RunStepsOptions): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(line, { shell: true, stdio: 'inherit', env: options.env, cwd: options.cwd });
    // Ctrl-C reaches the child through the terminal's process group; SIGTERM from a CI
    // runner does not, so forward it and let the child decide how to stop.
    const forward = (sig: NodeJS.Signals) => child.kill(sig);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      process.off('SIGTERM', forward);
      resolve({ code, signal });
    });
  });
}

/** Run steps one by one; the first failing step stops the run with its exit code. */
export async function runSteps(steps: Step[], options: RunStepsOptions): Promise<void> {
  for (const [i, step] of steps.entries()) {
    const line = commandLine(step, options.self);
    options.logger.info(`[${i + 1}/${steps.length}] ${step.name}: ${step.command}`);
    if (options.dryRun) continue;
    const { code, signal } = await runShell(line, options);
    if (code === 0) continue;
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    throw new AtmosError(`${options.label}: step "${step.name}" ${how}`, {
      code: 'STEP_FAILED',
      exitCode: code && code > 0 ? code : 1,
      context: { step: step.name, command: step.command },
      hint: i + 1 < steps.length || i > 0 ? `Fix the step, then resume with --from-step ${step.name}.` : undefined,
    });
  }
}
