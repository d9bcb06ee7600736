/** Output helpers shared by the data commands: plain aligned tables, JSON, YAML. */

import { AtmosError } from '../common/errors.js';

export type OutputFormat = 'text' | 'json' | 'yaml';
const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'yaml'];

/** The `-f/--format` value (commander already checked it; this guards other callers). */
export function outputFormat(value: unknown): OutputFormat {
  const v = String(value ?? 'text').toLowerCase();
  const f = v === 'table' ? 'text' : v;
  if ((OUTPUT_FORMATS as readonly string[]).includes(f)) return f as OutputFormat;
  throw new AtmosError(`unknown output format "${String(value)}"`, {
    code: 'INVALID_FLAG_VALUE',
    explanation: `-f/--format must be one of ${OUTPUT_FORMATS.join(', ')}.`,
  });
}

/** `data` as JSON or YAML, or `text()` for people. */
export async function renderData(format: OutputFormat, data: unknown, text: () => string): Promise<string> {
  return format === 'json' ? json(data) : format === 'yaml' ? yaml(data) : text();
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function yaml(value: unknown): Promise<string> {
  const { stringify } = await import('yaml');
  return stringify(value, { lineWidth: 0 });
}

/** Columns padded to the widest cell; the last column is not padded. */
export function table(headers: string[], rows: string[][]): string {
  const all = [headers, ...rows];
  const widths = headers.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  return all
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i] - width(cell))))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** Display width: ✓ and ✗ are one column; no East-Asian wide characters appear here. */
function width(s: string): number {
  return [...s].length;
}

/** Key/value block for one record (`info -o table`). */
export function keyValues(pairs: [string, string | undefined][]): string {
  const shown = pairs.filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '');
  const w = Math.max(...shown.map(([k]) => k.length));
  return shown.map(([k, v]) => `${k}:${' '.repeat(w - k.length + 1)}${v}\n`).join('');
}
