import type { Annotation, Logger, LogLevel, Task } from '../../src/common/logger.js';

export interface LogRecord {
  level: 'debug' | 'info' | 'success' | 'warn' | 'error';
  message: string;
  annotation?: Annotation;
}

/** Collects everything in memory, so tests can assert on what an engine logged. */
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
