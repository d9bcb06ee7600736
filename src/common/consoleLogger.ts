// stderr rendering for the CLI: colors, live spinner/bar block on a TTY, plain throttled
// lines elsewhere, GitHub workflow commands when running inside Actions.

import { formatBytes, formatDuration } from './format.js';
import { enabled, type Annotation, type Logger, type LogLevel, type Task, type TaskOptions } from './logger.js';

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
