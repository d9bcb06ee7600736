import path from 'node:path';
import { ActionsLogger } from '../../src/actions/actionsLogger.js';
import type { ActionContext, ActionIO, IOAnnotation } from '../../src/actions/common/io.js';
import { runPhases, type ActionPhases } from '../../src/actions/common/phase.js';
import { runnerEnv, type RunnerDirs } from './actionRunner.js';

/**
 * An {@link ActionIO} that records what an action hands the runner, so action tests run
 * the phases in-process over src/ (test/support/actionRunner.ts runs the dist bundles).
 * `log` holds the lines the runner would print, with `::group::`/`::warning::` markers.
 */
export class RecordingIO implements ActionIO {
  readonly outputs: Record<string, string> = {};
  /** State saved during this phase (hand it to the post phase). */
  readonly state: Record<string, string> = {};
  readonly exported: Record<string, string> = {};
  readonly pathAdded: string[] = [];
  readonly masks: string[] = [];
  readonly log: string[] = [];
  summary = '';
  failed?: string;

  constructor(
    private readonly inputs: Record<string, string> = {},
    private readonly given: Record<string, string> = {},
  ) {}

  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  getState(name: string): string {
    return this.given[name] ?? '';
  }
  saveState(name: string, value: string): void {
    this.state[name] = value;
  }
  exportVariable(name: string, value: string): void {
    this.exported[name] = value;
  }
  addPath(dir: string): void {
    this.pathAdded.unshift(dir);
  }
  setSecret(value: string): void {
    this.masks.push(value);
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.log.push(`::group::${name}`);
    try {
      return await fn();
    } finally {
      this.log.push('::endgroup::');
    }
  }
  setFailed(message: string): void {
    this.failed = message;
    this.log.push(`::error::${message}`);
  }
  isDebug(): boolean {
    return false;
  }
  debug(message: string): void {
    this.log.push(`::debug::${message}`);
  }
  info(message: string): void {
    this.log.push(message);
  }
  warning(message: string, _annotation?: IOAnnotation): void {
    this.log.push(`::warning::${message}`);
  }
  error(message: string, _annotation?: IOAnnotation): void {
    this.log.push(`::error::${message}`);
  }
  /** The log as the runner would show it. */
  get text(): string {
    return this.log.join('\n');
  }
}

export interface PhaseRunOptions {
  inputs?: Record<string, string>;
  /** State from the main phase (its `io.state`), for the post phase. */
  state?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
}

/** Run one phase of `phases` in-process the way the runner would in `dirs` (cwd = workspace). */
export async function runPhase(phases: ActionPhases, dirs: RunnerDirs, options: PhaseRunOptions = {}): Promise<RecordingIO> {
  const io = new RecordingIO(options.inputs, options.state);
  const env = runnerEnv(dirs, options.env);
  const ctx: ActionContext = { io, logger: new ActionsLogger(io), env, cwd: dirs.workspace };
  // @actions/tool-cache (setup-toolchain's runner tool cache) reads only process.env.
  const saved = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP };
  process.env.RUNNER_TOOL_CACHE = env.RUNNER_TOOL_CACHE;
  process.env.RUNNER_TEMP = env.RUNNER_TEMP;
  try {
    await runPhases(phases, ctx);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return io;
}

/** Node arguments that run the CLI from src/ (for actions that spawn it, as the bundles spawn dist/cli). */
export const SRC_CLI = ['--import', import.meta.resolve('tsx'), path.resolve(import.meta.dirname, '..', '..', 'src', 'cli', 'index.ts')];
