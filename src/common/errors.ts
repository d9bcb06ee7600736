// The one error type of atmos-ts. Every failure a user can cause or fix carries an
// `explanation` (what went wrong, in their terms) and a `hint` (the next thing to do),
// so the CLI and the actions can print it without a stack trace.

import type { ErrorCode } from './errorCodes.js';

export type { ErrorCode } from './errorCodes.js';

export interface AtmosErrorOptions {
  explanation?: string;
  hint?: string;
  /** Process exit code the CLI uses for this error (default 1). */
  exitCode?: number;
  /** Short machine-readable code from {@link ErrorCode}, e.g. "CHECKSUM_MISMATCH"; callers and tests match on it. */
  code?: ErrorCode;
  cause?: unknown;
  /** Extra key/value facts (tool, version, url, file, line …) shown under the message. */
  context?: Record<string, string | number | undefined>;
}

export class AtmosError extends Error {
  readonly explanation?: string;
  readonly hint?: string;
  readonly exitCode: number;
  readonly code: ErrorCode;
  readonly context: Record<string, string | number | undefined>;

  constructor(message: string, options: AtmosErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AtmosError';
    this.explanation = options.explanation;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
    this.code = options.code ?? 'ERROR';
    this.context = options.context ?? {};
  }
}

export function isAtmosError(err: unknown): err is AtmosError {
  return err instanceof AtmosError;
}

/** Message of any thrown value, without a stack. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * Render an error for people: message, explanation, context and hint on their own lines.
 * The stack is included only when asked (CLI `--log-level debug`).
 */
export function formatError(err: unknown, withStack = false): string {
  const lines: string[] = [];
  if (isAtmosError(err)) {
    lines.push(`Error: ${err.message}`);
    if (err.explanation) lines.push('', err.explanation);
    const ctx = Object.entries(err.context).filter(([, v]) => v !== undefined && v !== '');
    if (ctx.length > 0) {
      lines.push('');
      for (const [k, v] of ctx) lines.push(`  ${k}: ${v}`);
    }
    if (err.hint) lines.push('', `Hint: ${err.hint}`);
  } else {
    lines.push(`Error: ${errorMessage(err)}`);
  }
  if (withStack && err instanceof Error && err.stack) lines.push('', err.stack);
  return lines.join('\n');
}
