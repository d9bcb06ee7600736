// hashicorp/go-version semantics, which Aqua uses for `semver(...)` and which the seed's
// `version_constraints` inherit. npm `semver` is deliberately not used: it rejects `1.2`,
// `1.5rc1` and four-segment versions that real registry entries depend on.

export interface GoVersion {
  /** Numeric segments, padded with zeros to at least three. */
  segments: number[];
  /** Pre-release without the leading `-` ('' when none). */
  pre: string;
  metadata: string;
  original: string;
}

// go-version's VersionRegexpRaw, anchored as NewVersion does.
const VERSION_RE =
  /^v?([0-9]+(?:\.[0-9]+)*?)(?:-([0-9]+[0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*)|(?:-?([A-Za-z\-~]+[0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*)))?(?:\+([0-9A-Za-z\-~]+(?:\.[0-9A-Za-z\-~]+)*))?$/;

/** Parse a version; undefined when go-version would reject it. */
export function parseGoVersion(text: string): GoVersion | undefined {
  const m = VERSION_RE.exec(text.trim());
  if (!m) return undefined;
  const segments = m[1].split('.').map((s) => Number(s));
  if (segments.some((n) => !Number.isSafeInteger(n))) return undefined;
  while (segments.length < 3) segments.push(0);
  return { segments, pre: m[2] ?? m[3] ?? '', metadata: m[4] ?? '', original: text };
}

function comparePart(a: string, b: string): number {
  if (a === b) return 0;
  const aNum = /^[0-9]+$/.test(a);
  const bNum = /^[0-9]+$/.test(b);
  if (a === '') return bNum ? -1 : 1;
  if (b === '') return aNum ? 1 : -1;
  if (aNum && !bNum) return -1;
  if (!aNum && bNum) return 1;
  if (!aNum && !bNum) return a > b ? 1 : -1;
  return Number(a) > Number(b) ? 1 : -1;
}

function comparePrereleases(a: string, b: string): number {
  if (a === b) return 0;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const c = comparePart(pa[i] ?? '', pb[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

/** -1, 0 or 1, exactly as go-version's `Compare` (metadata is ignored). */
export function compareGoVersions(a: GoVersion, b: GoVersion): number {
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const x = a.segments[i] ?? 0;
    const y = b.segments[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  if (a.pre === b.pre) return 0;
  if (a.pre === '') return 1;
  if (b.pre === '') return -1;
  return comparePrereleases(a.pre, b.pre);
}

/** Sort helper for version strings: unparsable ones sort first, in string order. */
export function compareVersionStrings(a: string, b: string): number {
  const va = parseGoVersion(a);
  const vb = parseGoVersion(b);
  if (va && vb) return compareGoVersions(va, vb) || (a < b ? -1 : a > b ? 1 : 0);
  if (!va && !vb) return a < b ? -1 : a > b ? 1 : 0;
  return va ? 1 : -1;
}

// Aqua's own operator order (pkg/expr/version_compare.go): longest operators first.
const AQUA_OPERATORS = ['>=', '<=', '!=', '>', '<', '='] as const;

/**
 * Aqua's `semver("<constraints>")` check: comma = AND, operators tried in the order
 * `>=, <=, !=, >, <, =`, plain go-version comparison (a pre-release is simply lower than
 * its release). An unparsable version (or a commit SHA) is false; an unknown operator or
 * unparsable constraint version throws (the expression evaluator turns that into false).
 */
export function aquaSemverMatch(constraints: string, version: string): boolean {
  const v = /^[0-9a-f]{40}$/i.test(version.trim()) ? undefined : parseGoVersion(version);
  const items = constraints.split(',').map((c) => c.trim());
  const checks = items.map((item) => {
    const op = AQUA_OPERATORS.find((o) => item.startsWith(o));
    if (!op) throw new Error(`invalid version constraint "${item}": no operator`);
    const target = parseGoVersion(item.slice(op.length).trim());
    if (!target) throw new Error(`invalid version in constraint "${item}"`);
    return { op, target };
  });
  if (!v) return false;
  return checks.every(({ op, target }) => {
    const c = compareGoVersions(v, target);
    switch (op) {
      case '>=':
        return c >= 0;
      case '<=':
        return c <= 0;
      case '!=':
        return c !== 0;
      case '>':
        return c > 0;
      case '<':
        return c < 0;
      default:
        return c === 0;
    }
  });
}

const GO_CONSTRAINT_RE = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*$/;

function prereleaseCheck(v: GoVersion, c: GoVersion): boolean {
  if (c.pre !== '' && v.pre !== '') return c.segments.join('.') === v.segments.join('.');
  if (c.pre === '' && v.pre !== '') return false;
  return true;
}

/**
 * hashicorp/go-version `Constraints.Check`: comma = AND, operators `=, !=, >, <, >=, <=, ~>`
 * (none means `=`), and go-version's pre-release rule (a constraint without a pre-release
 * never matches a pre-release version). Used for the seed `version_constraints` and for
 * dependency constraints like `~> 1.9`.
 */
export function goConstraintMatch(constraints: string, version: string): boolean {
  const v = parseGoVersion(version);
  if (!v) return false;
  return constraints.split(',').every((raw) => {
    const m = GO_CONSTRAINT_RE.exec(raw);
    const target = m ? parseGoVersion(m[2]) : undefined;
    if (!m || !target) throw new Error(`invalid version constraint "${raw.trim()}"`);
    const op = m[1] ?? '=';
    const cmp = compareGoVersions(v, target);
    switch (op) {
      case '=':
        return prereleaseCheck(v, target) && cmp === 0;
      case '!=':
        return cmp !== 0;
      case '>':
        return prereleaseCheck(v, target) && cmp > 0;
      case '<':
        return prereleaseCheck(v, target) && cmp < 0;
      case '>=':
        return prereleaseCheck(v, target) && cmp >= 0;
      case '<=':
        return prereleaseCheck(v, target) && cmp <= 0;
      default:
        return pessimistic(v, target);
    }
  });
}

// `~> 1.2.3` means >= 1.2.3, < 1.3; `~> 1.2` means >= 1.2, < 2. The number of segments
// written in the constraint decides which one may grow (go-version keeps si = written count).
function pessimistic(v: GoVersion, c: GoVersion): boolean {
  if (!prereleaseCheck(v, c) || (c.pre !== '' && v.pre === '')) return false;
  if (compareGoVersions(v, c) < 0) return false;
  const written = c.original.replace(/^\s*v/, '').split(/[-+]/)[0].split('.').length;
  for (let i = 0; i < written - 1; i++) {
    if ((v.segments[i] ?? 0) !== (c.segments[i] ?? 0)) return false;
  }
  return true;
}
