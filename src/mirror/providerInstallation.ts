/**
 * The user's `provider_installation` block, merged with the proxy's instead of replaced.
 *
 * Registry mode routes registry traffic through `host` blocks, so the user's block stays
 * exactly as written. Mirror mode adds our `network_mirror` for the proxied hosts and
 * excludes those hosts from the user's `direct`; their own mirrors keep their patterns,
 * and where one of them also covers a proxied host the overlap is reported.
 */

import { normalizeHost } from './credentials.js';
import { collapseObjects, isObject, type HclObject, type HclValue } from './hcl1.js';
import type { MirrorMode } from './types.js';

export interface InstallationMethod {
  /** `filesystem_mirror`, `network_mirror`, `direct`, `dev_overrides`. */
  kind: string;
  body: HclObject;
}

export interface UserProviderInstallation {
  /** File the block came from (Terraform allows one block in all the files it reads). */
  file: string;
  methods: InstallationMethod[];
}

/**
 * HCL1 groups the blocks by kind (the order between kinds is lost; within a kind it is
 * kept), so methods come back in a fixed order: overrides, mirrors, then `direct`.
 */
const KIND_ORDER = ['dev_overrides', 'filesystem_mirror', 'network_mirror', 'direct'];

export function parseProviderInstallation(value: HclValue, file: string): UserProviderInstallation {
  const methods: InstallationMethod[] = [];
  for (const block of Array.isArray(value) ? value : [value]) {
    if (!isObject(block)) continue;
    for (const [kind, bodies] of Object.entries(block)) {
      for (const body of Array.isArray(bodies) ? bodies : [bodies]) if (isObject(body)) methods.push({ kind, body: collapseObjects(body) });
    }
  }
  const rank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
  methods.sort((a, b) => rank(a.kind) - rank(b.kind));
  return { file, methods };
}

export interface MergedInstallation {
  methods: InstallationMethod[];
  /** Their mirrors that also cover a proxied host (for the warning). */
  overlaps: string[];
}

/** The `provider_installation` methods of the generated config; undefined = no block at all. */
export function mergeProviderInstallation(
  user: UserProviderInstallation | undefined,
  proxy: { mode: MirrorMode; mirrorUrl?: string; mirrorHosts: string[] },
): MergedInstallation | undefined {
  if (proxy.mode !== 'mirror' || !proxy.mirrorUrl) return user && { methods: user.methods, overlaps: [] };
  const patterns = [...new Set(proxy.mirrorHosts.map((h) => `${h}/*/*`))].sort();
  const ours: InstallationMethod = { kind: 'network_mirror', body: { url: proxy.mirrorUrl, include: patterns } };
  // `direct` must not also answer for what the mirror serves: Terraform asks every
  // matching method for versions, and a private registry answering 401 to `direct`
  // fails the install although the mirror could serve it.
  if (!user) return { methods: [ours, { kind: 'direct', body: patterns.length > 0 ? { exclude: patterns } : {} }], overlaps: [] };

  const overlaps: string[] = [];
  const methods: InstallationMethod[] = [];
  for (const m of user.methods) {
    if (m.kind === 'direct') {
      methods.push(ours, { kind: 'direct', body: { ...m.body, exclude: union(strings(m.body.exclude), patterns) } });
      continue;
    }
    if (m.kind === 'filesystem_mirror' || m.kind === 'network_mirror') {
      const covered = proxy.mirrorHosts.filter((h) => covers(m.body, h));
      if (covered.length > 0) {
        const where = typeof m.body.path === 'string' ? m.body.path : typeof m.body.url === 'string' ? m.body.url : '';
        overlaps.push(
          `${m.kind} "${where}" (${user.file}) also covers ${covered.join(', ')}, which the registry cache's network_mirror (atmos-ts) serves; Terraform asks both and prefers the first that has a version`,
        );
      }
    }
    methods.push(m);
  }
  if (!methods.includes(ours)) methods.push(ours);
  return { methods, overlaps };
}

function strings(v: HclValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function union(a: string[], b: string[]): string[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
}

/** Whether a method's include/exclude patterns let it answer for some provider of `host`. */
export function covers(body: HclObject, host: string): boolean {
  const include = body.include === undefined ? undefined : strings(body.include);
  const exclude = strings(body.exclude);
  const wanted = safeHost(host);
  const hostMatches = (pattern: string) => {
    const h = patternHost(pattern);
    return h === '*' || h === wanted;
  };
  if (include && !include.some(hostMatches)) return false;
  // Only a whole-host exclusion takes the host out; `host/ns/*` leaves other namespaces in.
  return !exclude.some((p) => hostMatches(p) && /\/\*\/\*$/.test(p));
}

/** `host/ns/type`, or `ns/type` meaning registry.terraform.io (Terraform's default host). */
function patternHost(pattern: string): string {
  const parts = pattern.split('/');
  return parts.length === 2 ? 'registry.terraform.io' : parts[0] === '*' ? '*' : safeHost(parts[0]);
}

function safeHost(host: string): string {
  try {
    return normalizeHost(host);
  } catch {
    return host.toLowerCase();
  }
}
