/**
 * The logging and progress seam shared by every engine. Engines never import
 * `@actions/core`: the CLI passes a {@link ConsoleLogger}, the actions pass an adapter
 * (src/actions/actionsLogger.ts), tests pass {@link MemoryLogger}.
 */
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

export function formatBytes(n: number): string {
  if (!Number.isFinite(n)) return '?';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = n;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}

class Redactor {
  private secrets: string[] = [];
  add(value: string): boolean {
    if (!value || value.length < 4 || this.secrets.includes(value)) return false;
    this.secrets.push(value);
    this.secrets.sort((a, b) => b.length - a.length);
    return true;
  }
  apply(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }
}

export interface ConsoleLoggerOptions {
  level?: LogLevel;
  stream?: NodeJS.WriteStream | NodeJS.WritableStream;
  /** Force TTY rendering on or off (default: stream.isTTY and not CI). */
  tty?: boolean;
  /** Force colors on or off (default: {@link colorEnabled}). */
  color?: boolean;
  /** Emit GitHub workflow commands for warnings/errors/masks (default: GITHUB_ACTIONS=true). */
  githubAnnotations?: boolean;
}

interface LiveTask {
  label: string;
  done: number;
  total?: number;
  unit: 'bytes' | 'items';
  started: number;
  lastPlain: number;
  lastPlainPct: number;
}

const spinnerFrames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * stderr logger for the CLI. On a TTY, running tasks are drawn as a live block of
 * spinner/bar lines under the log; elsewhere (CI, pipes) each task prints one start
 * line, throttled progress lines and one end line, so logs stay readable.
 */
export class ConsoleLogger implements Logger {
  readonly level: LogLevel;
  private readonly out: NodeJS.WritableStream;
  private readonly tty: boolean;
  private readonly color: boolean;
  private readonly annotations: boolean;
  private readonly redactor = new Redactor();
  private readonly live = new Set<LiveTask>();
  private drawnLines = 0;
  private frame = 0;
  private timer?: NodeJS.Timeout;

  constructor(options: ConsoleLoggerOptions = {}) {
    this.level = options.level ?? 'info';
    this.out = options.stream ?? process.stderr;
    const isTTY = Boolean((this.out as NodeJS.WriteStream).isTTY);
    this.tty = options.tty ?? (isTTY && !process.env.CI && process.env.TERM !== 'dumb');
    this.color = options.color ?? colorEnabled(this.tty);
    this.annotations = options.githubAnnotations ?? process.env.GITHUB_ACTIONS === 'true';
  }

  debug(message: string): void {
    if (enabled(this.level, 'debug')) this.line(`debug: ${message}`);
  }
  info(message: string): void {
    if (enabled(this.level, 'info')) this.line(message);
  }
  success(message: string): void {
    if (enabled(this.level, 'info')) this.line(`${this.color ? '\x1b[32m✓\x1b[0m' : '✓'} ${message}`);
  }
  warn(message: string, annotation?: Annotation): void {
    if (!enabled(this.level, 'warn')) return;
    if (this.annotations) this.line(`::warning${annotationProps(annotation)}::${escapeData(message)}`);
    else this.line(`${this.color ? '\x1b[33mwarning:\x1b[0m' : 'warning:'} ${withLocation(message, annotation)}`);
  }
  error(message: string, annotation?: Annotation): void {
    if (!enabled(this.level, 'error')) return;
    if (this.annotations) this.line(`::error${annotationProps(annotation)}::${escapeData(message)}`);
    else this.line(`${this.color ? '\x1b[31merror:\x1b[0m' : 'error:'} ${withLocation(message, annotation)}`);
  }
  secret(value: string): void {
    if (this.redactor.add(value) && this.annotations) this.out.write(`::add-mask::${value}\n`);
  }

  task(label: string, options: TaskOptions = {}): Task {
    const t: LiveTask = {
      label,
      done: 0,
      total: options.total,
      unit: options.unit ?? 'items',
      started: Date.now(),
      lastPlain: Date.now(),
      lastPlainPct: 0,
    };
    const quiet = !enabled(this.level, 'info');
    if (!quiet) {
      if (this.tty) {
        this.live.add(t);
        this.ensureTimer();
        this.redraw();
      } else {
        this.line(`→ ${label}`);
      }
    }
    let finished = false;
    const finish = (ok: boolean, message?: string) => {
      if (finished) return;
      finished = true;
      this.live.delete(t);
      if (this.live.size === 0) this.stopTimer();
      if (quiet && ok) return;
      const took = formatDuration(Date.now() - t.started);
      const text = message ?? t.label;
      if (ok) this.success(`${text} (${took})`);
      else this.error(`${text} (${took})`);
    };
    return {
      update: (done, total) => {
        t.done = done;
        if (total !== undefined) t.total = total;
        if (quiet || this.tty) return;
        // Plain mode: a line at most every 10% and 5 s, so CI logs stay short.
        const now = Date.now();
        const pct = t.total ? Math.floor((t.done / t.total) * 10) * 10 : 0;
        if (now - t.lastPlain >= 5000 && (pct > t.lastPlainPct || !t.total)) {
          t.lastPlain = now;
          t.lastPlainPct = pct;
          this.line(`  ${t.label}: ${progressText(t)}`);
        }
      },
      label: (text) => {
        t.label = text;
      },
      succeed: (message) => finish(true, message),
      fail: (message) => finish(false, message),
    };
  }

  private line(text: string): void {
    const safe = this.redactor.apply(text);
    if (this.tty && this.drawnLines > 0) this.clearBlock();
    this.out.write(`${safe}\n`);
    if (this.tty && this.live.size > 0) this.redraw();
  }

  private ensureTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.frame = (this.frame + 1) % spinnerFrames.length;
      this.redraw();
    }, 80);
    this.timer.unref();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clearBlock();
  }

  private clearBlock(): void {
    if (this.drawnLines === 0) return;
    this.out.write(`\x1b[${this.drawnLines}A\x1b[0J`);
    this.drawnLines = 0;
  }

  private redraw(): void {
    if (!this.tty) return;
    this.clearBlock();
    const cols = (this.out as NodeJS.WriteStream).columns ?? 100;
    const lines = [...this.live].slice(0, 12).map((t) => {
      const head = `${spinnerFrames[this.frame]} ${t.label}`;
      const tail = progressText(t, true);
      return this.redactor.apply(`${head} ${tail}`).slice(0, cols - 1);
    });
    if (this.live.size > 12) lines.push(`  … and ${this.live.size - 12} more`);
    if (lines.length === 0) return;
    this.out.write(lines.join('\n') + '\n');
    this.drawnLines = lines.length;
  }
}

/**
 * Colors for a terminal unless NO_COLOR is set (no-color.org); FORCE_COLOR turns them on
 * anywhere (pipes, CI logs) and FORCE_COLOR=0 off, and wins over NO_COLOR as in Node.
 */
export function colorEnabled(tty: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return tty;
}

function progressText(t: LiveTask, bar = false): string {
  const fmt = (n: number) => (t.unit === 'bytes' ? formatBytes(n) : String(n));
  if (t.total && t.total > 0) {
    const ratio = Math.min(1, t.done / t.total);
    const pct = `${Math.floor(ratio * 100)}%`;
    if (!bar) return `${fmt(t.done)}/${fmt(t.total)} (${pct})`;
    const width = 20;
    const filled = Math.round(ratio * width);
    return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${pct} ${fmt(t.done)}/${fmt(t.total)}`;
  }
  return t.done > 0 ? fmt(t.done) : '';
}

function withLocation(message: string, a?: Annotation): string {
  if (!a?.file) return message;
  return `${a.file}${a.line ? `:${a.line}` : ''}: ${message}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function annotationProps(a?: Annotation): string {
  if (!a) return '';
  const props: string[] = [];
  if (a.file) props.push(`file=${escapeProperty(a.file)}`);
  if (a.line) props.push(`line=${a.line}`);
  if (a.title) props.push(`title=${escapeProperty(a.title)}`);
  return props.length ? ` ${props.join(',')}` : '';
}

export interface LogRecord {
  level: 'debug' | 'info' | 'success' | 'warn' | 'error';
  message: string;
  annotation?: Annotation;
}

/** Collects everything in memory; for tests and for engines that report to a caller. */
export class MemoryLogger implements Logger {
  readonly level: LogLevel;
  readonly records: LogRecord[] = [];
  readonly secrets: string[] = [];
  constructor(level: LogLevel = 'debug') {
    this.level = level;
  }
  debug(message: string): void {
    this.records.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.records.push({ level: 'info', message });
  }
  success(message: string): void {
    this.records.push({ level: 'success', message });
  }
  warn(message: string, annotation?: Annotation): void {
    this.records.push({ level: 'warn', message, annotation });
  }
  error(message: string, annotation?: Annotation): void {
    this.records.push({ level: 'error', message, annotation });
  }
  secret(value: string): void {
    this.secrets.push(value);
  }
  task(label: string): Task {
    this.records.push({ level: 'info', message: `start: ${label}` });
    return {
      update: () => {},
      label: () => {},
      succeed: (m) => this.records.push({ level: 'success', message: m ?? label }),
      fail: (m) => this.records.push({ level: 'error', message: m ?? label }),
    };
  }
  text(): string {
    return this.records.map((r) => `${r.level}: ${r.message}`).join('\n');
  }
}

/** Discards everything. */
export const silentLogger: Logger = new (class extends MemoryLogger {
  override debug(): void {}
  override info(): void {}
  override success(): void {}
  override warn(): void {}
  override error(): void {}
})('silent');
