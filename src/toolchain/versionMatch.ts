/**
 * Version constraints for `ensureTools` / `dependencies.tools`: hashicorp style `~> 1.9`,
 * comparison lists `>= 1.5, < 2`, npm style `^0.54` / `~1.2` / `1.x`, or an exact version.
 */

import semver from 'semver';

export function isConstraint(v: string): boolean {
  return /^\s*(~>|[<>=^~!])/.test(v) || v.includes(',') || /(^|\.)[xX*](\.|$)/.test(v);
}

/** Translate to an npm semver range. */
export function toSemverRange(constraint: string): string {
  return constraint
    .split(',')
    .map((part) => {
      const p = part.trim();
      const m = /^~>\s*v?(\d+(?:\.\d+)*)(.*)$/.exec(p);
      if (!m) return p.replace(/^(=|>=|<=|>|<)\s+/, '$1');
      const nums = m[1].split('.').map(Number);
      const lower = [...nums, 0, 0].slice(0, 3).join('.') + m[2];
      // `~> 1.9` → <2.0.0; `~> 1.9.2` → <1.10.0; `~> 1` → <2.0.0
      const upper = nums.length >= 3 ? `${nums[0]}.${nums[1] + 1}.0-0` : nums.length === 2 ? `${nums[0] + 1}.0.0-0` : `${nums[0] + 1}.0.0-0`;
      return `>=${lower} <${upper}`;
    })
    .join(' ');
}

/** Does `version` (tag or version, `v` optional) satisfy `constraint`? `latest`/empty match everything. */
export function satisfies(version: string, constraint: string): boolean {
  if (!constraint || constraint === 'latest') return true;
  const v = semver.coerce(version, { loose: true, includePrerelease: true });
  const clean = semver.valid(version.replace(/^v/, ''), { loose: true }) ?? v?.version;
  if (!clean) return version === constraint;
  if (!isConstraint(constraint)) return clean === (semver.valid(constraint.replace(/^v/, ''), { loose: true }) ?? constraint);
  const range = toSemverRange(constraint);
  try {
    return semver.satisfies(clean, range, { loose: true });
  } catch {
    return false;
  }
}

/** Highest version in `candidates` satisfying `constraint` (pre-releases only when the constraint names one). */
export function highestMatch(candidates: readonly string[], constraint: string): string | undefined {
  const wantsPre = /-/.test(constraint);
  const ok = candidates.filter((c) => satisfies(c, constraint) && (wantsPre || !isPrerelease(c)));
  return sortVersions(ok).at(-1);
}

export function isPrerelease(v: string): boolean {
  const s = semver.valid(v.replace(/^v/, ''), { loose: true });
  return s ? semver.prerelease(s, { loose: true }) !== null : /-(alpha|beta|rc|pre|dev)/i.test(v);
}

/** Ascending semver order; unparsable versions sort first, by string. */
export function sortVersions(versions: readonly string[]): string[] {
  const key = (v: string) => semver.valid(v.replace(/^v/, ''), { loose: true }) ?? semver.coerce(v)?.version;
  return [...versions].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka && kb) return semver.compare(ka, kb, { loose: true }) || a.localeCompare(b);
    if (ka) return 1;
    if (kb) return -1;
    return a.localeCompare(b);
  });
}
