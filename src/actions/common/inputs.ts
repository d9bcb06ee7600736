import * as core from '@actions/core';
import { AtmosError } from '../../common/errors.js';

/**
 * Input parsing for the actions. `@actions/core`'s getBooleanInput throws a TypeError
 * without naming the action; these name the input and the accepted values instead.
 */
export function stringInput(name: string, fallback = ''): string {
  return core.getInput(name).trim() || fallback;
}

export function boolInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new AtmosError(`input "${name}" must be true or false, got "${core.getInput(name).trim()}"`, {
    code: 'INPUT_INVALID',
    hint: `Set ${name}: true or ${name}: false in the step's with: block.`,
  });
}

export function enumInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new AtmosError(`invalid ${name} "${raw}": expected ${allowed.map((a) => `"${a}"`).join(' or ')}`, {
    code: 'INPUT_INVALID',
    hint: `Set ${name} to one of: ${allowed.join(', ')}.`,
  });
}

/** Newline- or comma-separated list; blank lines and `#` comments dropped. */
export function listInput(name: string): string[] {
  return splitList(core.getInput(name));
}

export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** `host=url` lines (or `host: url`) → record. */
export function mapInput(name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of listInput(name)) {
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
