import * as core from '@actions/core';
import { formatDuration } from '../common/format.js';
import type { Annotation, Logger, LogLevel, Task } from '../common/logger.js';

/**
 * The engines' {@link Logger} inside a GitHub action: `core.*` for messages and
 * annotations, `core.setSecret` for masks, plain start/finish lines for tasks
 * (the Actions log is not a TTY).
 */
export class ActionsLogger implements Logger {
  readonly level: LogLevel = core.isDebug() ? 'debug' : 'info';

  debug(message: string): void {
    core.debug(message);
  }
  info(message: string): void {
    core.info(message);
  }
  success(message: string): void {
    core.info(`✓ ${message}`);
  }
  warn(message: string, annotation?: Annotation): void {
    core.warning(message, toProps(annotation));
  }
  error(message: string, annotation?: Annotation): void {
    core.error(message, toProps(annotation));
  }
  secret(value: string): void {
    if (value) core.setSecret(value);
  }
  task(label: string): Task {
    const started = Date.now();
    let current = label;
    let lastLine = started;
    core.info(`→ ${label}`);
    return {
      update: (done, total) => {
        const now = Date.now();
        if (now - lastLine < 10_000) return;
        lastLine = now;
        core.info(`  ${current}: ${total ? `${Math.floor((done / total) * 100)}%` : done}`);
      },
      label: (text) => {
        current = text;
      },
      succeed: (message) => core.info(`✓ ${message ?? current} (${formatDuration(Date.now() - started)})`),
      fail: (message) => core.error(`${message ?? current} (${formatDuration(Date.now() - started)})`),
    };
  }
}

function toProps(a?: Annotation): core.AnnotationProperties | undefined {
  if (!a) return undefined;
  return { file: a.file, startLine: a.line, title: a.title };
}
