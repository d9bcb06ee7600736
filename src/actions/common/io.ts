// ActionIO: the one seam between the actions and the GitHub runner (see the interface).
import type { Logger } from '../../common/logger.js';

/**
 * The one seam between the actions and the GitHub runner (actions/cache's StateProvider
 * idea, widened to all runner I/O). Actions talk to the runner only through this:
 * `coreIO` (coreIO.ts) is the `@actions/core` implementation; tests pass a recording one
 * and run an action's phases in-process.
 */
export interface ActionIO {
  /** The raw `with:` value, '' when not set (parse it with common/inputs.ts). */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** State handed from main to post; '' when not saved. */
  getState(name: string): string;
  saveState(name: string, value: string): void;
  /** Job-wide environment variable for later steps. */
  exportVariable(name: string, value: string): void;
  /** Prepend a directory to PATH for later steps. */
  addPath(dir: string): void;
  /** Mask a value in the log from now on. */
  setSecret(value: string): void;
  /** Append markdown to the job summary; best effort (a local run has none). */
  appendSummary(markdown: string): Promise<void>;
  /** One collapsible section of the log around `fn`. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Fail the step with this message (does not throw). */
  setFailed(message: string): void;
  isDebug(): boolean;
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, annotation?: IOAnnotation): void;
  error(message: string, annotation?: IOAnnotation): void;
}

export interface IOAnnotation {
  file?: string;
  startLine?: number;
  title?: string;
}

/** What every action phase gets: the runner seam, a logger over it, and the step's env and cwd. */
export interface ActionContext {
  io: ActionIO;
  logger: Logger;
  env: NodeJS.ProcessEnv;
  cwd: string;
}
