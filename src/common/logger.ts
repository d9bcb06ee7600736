// The logging and progress seam shared by every engine. Engines never import
// `@actions/core`: the CLI passes a ConsoleLogger (consoleLogger.ts), the actions pass an
// adapter (src/actions/actionsLogger.ts), tests pass a MemoryLogger (test/support/).

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Where a message points in a file, for GitHub annotations and CLI output. */
export interface Annotation {
  file?: string;
  line?: number;
  title?: string;
}

export interface Logger {
  readonly level: LogLevel;
  debug(message: string): void;
  info(message: string): void;
  /** A finished step worth a ✓ on a terminal. */
  success(message: string): void;
  warn(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  /** Register a secret so it never appears in output (Actions: `::add-mask::`). */
  secret(value: string): void;
  /** A long operation: spinner/bar on a TTY, plain start/end lines elsewhere. */
  task(label: string, options?: TaskOptions): Task;
}

export interface TaskOptions {
  /** Known total, in `unit`s, for a bar; omit for a spinner. */
  total?: number;
  unit?: 'bytes' | 'items';
}

export interface Task {
  /** Report progress; `total` may be learnt late (Content-Length). */
  update(done: number, total?: number): void;
  /** Change the label shown for the task. */
  label(text: string): void;
  succeed(message?: string): void;
  fail(message?: string): void;
}

const levelRank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export function parseLogLevel(value: string | undefined, fallback: LogLevel = 'info'): LogLevel {
  if (!value) return fallback;
  const v = value.toLowerCase();
  if (v === 'trace') return 'debug';
  if (v === 'warning') return 'warn';
  if (v === 'off' || v === 'none') return 'silent';
  return v in levelRank ? (v as LogLevel) : fallback;
}

export function enabled(current: LogLevel, wanted: LogLevel): boolean {
  return levelRank[wanted] >= levelRank[current];
}

const noopTask: Task = Object.freeze({
  update() {},
  label() {},
  succeed() {},
  fail() {},
});

/**
 * For callers that gave no logger: every call is a no-op and nothing is kept — no
 * messages, no task labels, no secrets — so a default logger never holds data.
 */
export const silentLogger: Logger = Object.freeze({
  level: 'silent' as const,
  debug() {},
  info() {},
  success() {},
  warn() {},
  error() {},
  secret() {},
  task(): Task {
    return noopTask;
  },
});
