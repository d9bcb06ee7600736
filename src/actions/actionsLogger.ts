// The Logger the engines get inside an action, writing through the ActionIO seam.
import { formatDuration } from '../common/format.js';
import type { Annotation, Logger, LogLevel, Task } from '../common/logger.js';
import type { ActionIO, IOAnnotation } from './common/io.js';

/**
 * The engines' {@link Logger} inside a GitHub action: the runner's log commands for
 * messages and annotations, masks for secrets, plain start/finish lines for tasks
 * (the Actions log is not a TTY).
 */
export class ActionsLogger implements Logger {
  readonly level: LogLevel;

  constructor(private readonly io: ActionIO) {
    this.level = io.isDebug() ? 'debug' : 'info';
  }

  debug(message: string): void {
    this.io.debug(message);
  }
  info(message: string): void {
    this.io.info(message);
  }
  success(message: string): void {
    this.io.info(`✓ ${message}`);
  }
  warn(message: string, annotation?: Annotation): void {
    this.io.warning(message, toProps(annotation));
  }
  error(message: string, annotation?: Annotation): void {
    this.io.error(message, toProps(annotation));
  }
  secret(value: string): void {
    if (value) this.io.setSecret(value);
  }
  task(label: string): Task {
    const io = this.io;
    const started = Date.now();
    let current = label;
    let lastLine = started;
    io.info(`→ ${label}`);
    return {
      update: (done, total) => {
        const now = Date.now();
        if (now - lastLine < 10_000) return;
        lastLine = now;
        io.info(`  ${current}: ${total ? `${Math.floor((done / total) * 100)}%` : done}`);
      },
      label: (text) => {
        current = text;
      },
      succeed: (message) => io.info(`✓ ${message ?? current} (${formatDuration(Date.now() - started)})`),
      fail: (message) => io.error(`${message ?? current} (${formatDuration(Date.now() - started)})`),
    };
  }
}

function toProps(a?: Annotation): IOAnnotation | undefined {
  if (!a) return undefined;
  return { file: a.file, startLine: a.line, title: a.title };
}
