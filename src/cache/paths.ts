import { realpathSync } from 'node:fs';
import path from 'node:path';
import { AtmosError } from '../common/errors.js';
import { STATE_DIR_NAME } from '../common/paths.js';

/**
 * Paths that are never archived, whatever `ci.cache.paths` says: our own state (per-job
 * bookkeeping), the registry cache's TLS private keys at their default place, and the
 * credential/session caches of the auth integrations. They apply relative to the archived
 * root and, through `secretPaths`, at their real place under the atmos cache root — the
 * plan adds the registry cache's real `tls/` wherever `location` puts it.
 */
export const FORCED_EXCLUDES: readonly string[] = [
  STATE_DIR_NAME,
  'terraform/registry/tls',
  'auth',
  'aws-sso',
  'azure-device-code',
  'aws-webflow',
  'credentials',
];

export interface CachePaths {
  /** Absolute cache root. */
  root: string;
  /** Root-relative includes ('.' = whole root). */
  includes: string[];
  /** Root-relative forced excludes. */
  excludes: string[];
  /** Absolute secret-bearing paths the excludes were computed from (kept so a later phase recomputes the same). */
  secretPaths: string[];
  /**
   * Root-relative glob patterns for `@actions/cache` (run with cwd = GITHUB_WORKSPACE =
   * root). Relative so the entry version does not depend on where the root lives.
   */
  patterns: string[];
  /** The same patterns made absolute, for a workflow's own `actions/cache` step. */
  absolutePatterns: string[];
}

function cleanRel(p: string, what: string): string {
  const norm = path.posix.normalize(p.replace(/\\/g, '/').trim()).replace(/\/+$/, '');
  if (norm === '' || norm === '.') return '.';
  if (path.posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../')) {
    throw new AtmosError(`${what} "${p}" is outside the cache root`, {
      code: 'CACHE_PATH_INVALID',
      hint: 'ci.cache.paths entries are relative to the cache root (ci.cache.root), e.g. "toolchain" or "terraform/plugins".',
    });
  }
  return norm;
}

function isUnder(child: string, parent: string): boolean {
  return parent === '.' || child === parent || child.startsWith(`${parent}/`);
}

/**
 * Glob patterns that archive the includes minus the excludes. Why not `<inc>/**` +
 * `!<exc>/**`: @actions/glob then also lists the root and every directory, and tar
 * recurses into listed directories, so the "excluded" files land in the archive anyway.
 * Instead each include containing an exclude is expanded one level at a time —
 * `inc/*`, `!inc/child`, `inc/child/*`, `!inc/child/grandchild` — so no listed path
 * contains an excluded one. The patterns depend only on the config, never on what is on
 * disk, so save and restore compute the same entry version.
 */
export function buildPatterns(includes: string[], excludes: readonly string[]): string[] {
  const out: string[] = [];
  for (const inc of includes) {
    if (excludes.some((e) => isUnder(inc, e) && inc !== '.')) continue;
    const inside = excludes.filter((e) => e !== inc && isUnder(e, inc));
    if (inside.length === 0) {
      out.push(inc === '.' ? '*' : inc);
      continue;
    }
    expand(
      inc,
      inside.map((e) => (inc === '.' ? e : e.slice(inc.length + 1)).split('/')),
      out,
    );
  }
  return out;
}

function expand(dir: string, excluded: string[][], out: string[]): void {
  const prefix = dir === '.' ? '' : `${dir}/`;
  out.push(`${prefix}*`);
  const children = new Map<string, string[][]>();
  for (const segs of excluded) {
    const rest = children.get(segs[0]) ?? [];
    if (segs.length > 1) rest.push(segs.slice(1));
    children.set(segs[0], rest);
  }
  for (const [child, rest] of [...children].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`!${prefix}${child}`);
    // Fully excluded child (one of the excludes is exactly it) → stop; otherwise descend.
    const fullyExcluded = excluded.some((s) => s.length === 1 && s[0] === child);
    if (!fullyExcluded) expand(`${prefix}${child}`, rest, out);
  }
}

/**
 * The path as given and, when it differs, as the file system resolves it (symlinks such as
 * macOS's /var → /private/var): a secret must be found inside the root in either spelling.
 * Only existing ancestors are resolved, so the answer is the same before and after a restore.
 */
function spellings(p: string): string[] {
  const abs = path.resolve(p);
  let existing = abs;
  const rest: string[] = [];
  for (;;) {
    try {
      const real = path.join(realpathSync.native(existing), ...rest);
      return real === abs ? [abs] : [abs, real];
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return [abs];
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

/**
 * Root-relative excludes for secret-bearing absolute paths inside the root. A root that is
 * itself inside one (say `<registry cache>/tls`) is refused: nothing in it may be archived.
 */
function secretExcludes(root: string, secretPaths: readonly string[]): string[] {
  const out: string[] = [];
  const roots = spellings(root);
  for (const secret of secretPaths) {
    for (const s of spellings(secret)) {
      for (const r of roots) {
        if (contains(s, r)) {
          throw new AtmosError(`the CI cache root ${root} is inside ${secret}, which holds secrets`, {
            code: 'CACHE_PATH_INVALID',
            hint: 'Set ci.cache.root (or --root) to a directory that holds no private keys or credentials, e.g. the atmos cache root.',
          });
        }
        if (contains(r, s)) out.push(path.relative(r, s).split(path.sep).join('/'));
      }
    }
  }
  return out;
}

/** `child` is `parent` or inside it (absolute paths). */
function contains(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * `secretPaths`: absolute secret-bearing paths (wherever they are); those inside the root
 * join the root-relative forced excludes.
 */
export function resolveCachePaths(root: string, includes: string[] = [], secretPaths: readonly string[] = []): CachePaths {
  const abs = path.resolve(root);
  const cleaned = [...new Set((includes.length ? includes : ['.']).map((p) => cleanRel(p, 'ci.cache.paths entry')))];
  // A whole-root include makes the others redundant.
  const incs = cleaned.includes('.') ? ['.'] : cleaned.sort();
  const excludes = minimalExcludes([...FORCED_EXCLUDES, ...secretExcludes(abs, secretPaths)]);
  const patterns = buildPatterns(incs, excludes);
  if (patterns.length === 0) {
    throw new AtmosError('every ci.cache.paths entry is inside a path that is never cached', {
      code: 'CACHE_PATH_INVALID',
      context: { paths: includes.join(', '), 'never cached': excludes.join(', ') },
      hint: 'Credentials, the registry-cache TLS key and atmos-ts state are never archived; list other directories.',
    });
  }
  const absolutePatterns = patterns.map((p) => {
    const neg = p.startsWith('!');
    const rel = neg ? p.slice(1) : p;
    const joined = rel === '*' ? `${abs.replace(/\\/g, '/')}/*` : `${abs.replace(/\\/g, '/')}/${rel}`;
    return neg ? `!${joined}` : joined;
  });
  return { root: abs, includes: incs, excludes, patterns, absolutePatterns, secretPaths: [...secretPaths] };
}

/** Sorted, without duplicates and without excludes inside another exclude (the patterns then stay minimal). */
function minimalExcludes(all: string[]): string[] {
  const unique = [...new Set(all)].sort();
  return unique.filter((e) => !unique.some((o) => o !== e && isUnder(e, o)));
}

/** Filter for our own archiver (dir backend): is this root-relative path archived? */
export function pathSelected(rel: string, paths: Pick<CachePaths, 'includes' | 'excludes'>): boolean {
  if (rel === '' || rel === '.') return true;
  if (paths.excludes.some((e) => isUnder(rel, e))) return false;
  // Ancestors of an include must be walked into, the include and what is under it kept.
  return paths.includes.some((inc) => isUnder(rel, inc) || isUnder(inc, rel));
}
