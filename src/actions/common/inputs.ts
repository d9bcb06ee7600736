/*
 * Input parsing for every action. `@actions/core`'s getBooleanInput throws a TypeError
 * without naming the action; these name the input and the accepted values instead, all
 * with the one error code INPUT_INVALID.
 */

import { AtmosError } from '../../common/errors.js';
import type { ActionIO } from './io.js';

export function stringInput(io: ActionIO, name: string, fallback = ''): string {
  return io.getInput(name).trim() || fallback;
}

export function boolInput(io: ActionIO, name: string, fallback: boolean): boolean {
  const raw = io.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new AtmosError(`input "${name}" must be true or false, got "${io.getInput(name).trim()}"`, {
    code: 'INPUT_INVALID',
    hint: `Set ${name}: true or ${name}: false in the step's with: block.`,
  });
}

export function enumInput<T extends string>(io: ActionIO, name: string, allowed: readonly T[], fallback: T): T {
  const raw = io.getInput(name).trim();
  if (raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new AtmosError(`invalid ${name} "${raw}": expected ${allowed.map((a) => `"${a}"`).join(' or ')}`, {
    code: 'INPUT_INVALID',
    hint: `Set ${name} to one of: ${allowed.join(', ')}.`,
  });
}

/** Newline- or comma-separated list; blank lines and `#` comments dropped. */
export function listInput(io: ActionIO, name: string): string[] {
  return splitList(io.getInput(name));
}

/** One value per line, kept whole (cache keys may hold commas and `#`); blank lines dropped. */
export function linesInput(io: ActionIO, name: string): string[] {
  return io
    .getInput(name)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** `host=url` lines (or `host: url`) → record. */
export function mapInput(io: ActionIO, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of listInput(io, name)) {
    const m = /^([^=\s:]+)\s*(?:=|:\s)\s*(\S+)$/.exec(line);
    if (!m) {
      throw new AtmosError(`input "${name}": cannot read "${line}"`, {
        code: 'INPUT_INVALID',
        hint: `Write one host=url pair per line, e.g. registry.terraform.io=https://mirror.example.com`,
      });
    }
    out[m[1]] = m[2];
  }
  return out;
}
