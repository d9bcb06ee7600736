import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { AtmosError } from '../common/errors.js';
import type { Platform } from '../common/platform.js';

/** Limits the cache service enforces client-side (`@actions/cache` checkKey / restore). */
export const MAX_KEY_LENGTH = 512;
/** Primary key plus restore keys, per restore call. */
export const MAX_KEYS_PER_RESTORE = 10;

export interface TemplateContext {
  platform: Platform;
  /** Directory `hashFiles` patterns resolve against (the repository). */
  baseDir: string;
}

/**
 * GitHub's `hashFiles`: every regular file matched by the patterns (sorted by path),
 * SHA-256 of each file, then SHA-256 over those digests. Patterns are relative to
 * `baseDir`, support `**`, and `!pattern` excludes. No match → '' (like GitHub).
 */
export async function hashFiles(patterns: string[], baseDir: string): Promise<string> {
  const includes = patterns.filter((p) => !p.startsWith('!')).map(normalizePattern);
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => normalizePattern(p.slice(1)));
  if (includes.length === 0) return '';
  const isIncluded = picomatch(includes, { dot: true });
  const isExcluded = excludes.length ? picomatch(excludes, { dot: true }) : () => false;
  const matched = new Set<string>();
  // Walk only from each pattern's static base so `src/**/*.ts` never scans the whole repo.
  for (const base of new Set(includes.map((p) => picomatch.scan(p).base))) {
    for await (const rel of walkFiles(baseDir, base)) if (isIncluded(rel) && !isExcluded(rel)) matched.add(rel);
  }
  if (matched.size === 0) return '';
  const outer = createHash('sha256');
  for (const rel of [...matched].sort()) outer.update(await fileDigest(path.join(baseDir, rel)));
  return outer.digest('hex');
}

function normalizePattern(p: string): string {
  return p.trim().replace(/\\/g, '/').replace(/^\.\//, '');
}

async function fileDigest(file: string): Promise<Buffer> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest();
}

async function* walkFiles(root: string, relBase: string): AsyncGenerator<string> {
  const start = path.join(root, relBase);
  let st;
  try {
    st = await fs.stat(start);
  } catch {
    return;
  }
  if (st.isFile()) {
    yield relBase;
    return;
  }
  const stack = [relBase];
  while (stack.length) {
    const rel = stack.pop()!;
    let entries;
    try {
      entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== '.git') stack.push(child);
      } else if (e.isFile()) yield child;
    }
  }
}

/**
 * Render a key template: `{{.OS}}`, `{{.Arch}}` (Go names) and
 * `{{ hashFiles "pattern" … }}`. Anything else is an error naming the action, so a
 * typo never silently becomes a constant key.
 */
export async function renderKeyTemplate(template: string, ctx: TemplateContext, what = 'ci.cache.key'): Promise<string> {
  const parts: string[] = [];
  let last = 0;
  const re = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    parts.push(template.slice(last, m.index));
    last = m.index + m[0].length;
    parts.push(await renderAction(m[1], ctx, what, template));
  }
  parts.push(template.slice(last));
  if (/\{\{|\}\}/.test(parts[parts.length - 1])) throw templateError(what, template, 'unbalanced "{{" / "}}"');
  return parts.join('').trim();
}

async function renderAction(action: string, ctx: TemplateContext, what: string, template: string): Promise<string> {
  if (action === '.OS') return ctx.platform.os;
  if (action === '.Arch') return ctx.platform.arch;
  const fn = /^hashFiles\s+(.+)$/.exec(action);
  if (fn) {
    const args = [...fn[1].matchAll(/"((?:[^"\\]|\\.)*)"|`([^`]*)`/g)].map((a) => (a[1] ?? a[2]).replace(/\\(.)/g, '$1'));
    if (args.length === 0) throw templateError(what, template, 'hashFiles needs at least one quoted pattern');
    return hashFiles(args, ctx.baseDir);
  }
  throw templateError(what, template, `unknown template action "{{ ${action} }}"`);
}

function templateError(what: string, template: string, problem: string): AtmosError {
  return new AtmosError(`invalid cache key template in ${what}: ${problem}`, {
    code: 'CACHE_KEY_INVALID',
    context: { template },
    hint: 'Use {{.OS}}, {{.Arch}} and {{ hashFiles "pattern" … }} (patterns relative to the repository, ** allowed).',
  });
}

export interface PinFiles {
  /** `.tool-versions` (toolchain.versions_file), absolute. */
  versionsFile: string;
  /** `toolchain.lock.yaml` (toolchain.lock_file), absolute. */
  lockFile: string;
}

/**
 * The default key hashes the COMMITTED pins (repository files, readable before any
 * restore), so it changes whenever a pin changes. Only file names and contents enter the
 * hash, never absolute paths, so two checkouts of the same commit agree.
 */
export async function pinsHash(files: PinFiles): Promise<{ hash: string; found: string[] }> {
  const h = createHash('sha256');
  const found: string[] = [];
  for (const [label, file] of [
    ['tool-versions', files.versionsFile],
    ['lock', files.lockFile],
  ] as const) {
    h.update(`${label}\0`);
    try {
      const data = await fs.readFile(file);
      // CRLF checkouts on Windows must not change the key.
      h.update(data.toString('utf8').replace(/\r\n/g, '\n'));
      found.push(file);
    } catch {
      h.update('<absent>');
    }
    h.update('\0');
  }
  return { hash: h.digest('hex').slice(0, 16), found };
}

export function defaultKeyPrefix(platform: Platform): string {
  return `atmos-cache-${platform.os}-${platform.arch}-`;
}

/** Keys the cache service would reject, rejected here with the reason and the fix. */
export function validateKeys(key: string, restoreKeys: string[]): void {
  for (const [k, what] of [[key, 'cache key'], ...restoreKeys.map((r) => [r, 'restore key'] as const)] as const) {
    if (!k) {
      throw new AtmosError(`the ${what} is empty`, {
        code: 'CACHE_KEY_INVALID',
        hint: 'Set ci.cache.key (or --key), or leave it unset to use the default key derived from the committed pins.',
      });
    }
    if (k.length > MAX_KEY_LENGTH) {
      throw new AtmosError(`the ${what} is ${k.length} characters long; the cache service allows at most ${MAX_KEY_LENGTH}`, {
        code: 'CACHE_KEY_INVALID',
        context: { key: `${k.slice(0, 80)}…` },
        hint: 'Shorten the template: hash long parts with {{ hashFiles … }} instead of inlining them.',
      });
    }
    if (k.includes(',')) {
      throw new AtmosError(`the ${what} "${k}" contains a comma, which the cache service does not allow`, {
        code: 'CACHE_KEY_INVALID',
        hint: 'Replace the comma with "-" or "_" in ci.cache.key / ci.cache.restore_keys.',
      });
    }
  }
  if (1 + restoreKeys.length > MAX_KEYS_PER_RESTORE) {
    throw new AtmosError(
      `${restoreKeys.length} restore keys given; at most ${MAX_KEYS_PER_RESTORE - 1} are allowed (${MAX_KEYS_PER_RESTORE} keys in total with the primary key)`,
      {
        code: 'CACHE_KEY_INVALID',
        hint: 'Drop the more specific restore keys: each is a prefix, so a shorter one already covers longer ones.',
      },
    );
  }
}
