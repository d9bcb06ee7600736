// Freshness decisions for cached registry data — pure functions, no I/O.
//
// Artifacts (provider zips, SHA256SUMS, signatures, module archives) never change once
// published, so they are always fresh. Metadata (version lists, download resolutions,
// discovery documents) is fresh for `ttlMs`; between TTL and TTL+SWR it is served at once
// and refreshed in the background; past that it must be refetched — but if the upstream
// fails, stale metadata of any age beats an error (stale-if-error).

export type EntryKind = 'artifact' | 'metadata';

export type Freshness =
  /** Serve it; nothing else to do. */
  | 'fresh'
  /** Serve it now and refresh it in the background. */
  | 'stale-revalidate'
  /** Refetch before answering; fall back to this entry only if the upstream fails. */
  | 'expired'
  /** Nothing cached. */
  | 'missing';

export interface FreshnessPolicy {
  ttlMs: number;
  swrMs: number;
}

export function classifyEntry(entry: { kind: EntryKind; fetchedAtMs: number } | undefined, policy: FreshnessPolicy, nowMs: number): Freshness {
  if (!entry) return 'missing';
  if (entry.kind === 'artifact') return 'fresh';
  // A TTL of 0 or less means "never expires" (same as Atmos).
  if (policy.ttlMs <= 0) return 'fresh';
  // Clock skew (entry from the future) counts as just fetched.
  const age = Math.max(0, nowMs - entry.fetchedAtMs);
  if (age < policy.ttlMs) return 'fresh';
  if (policy.swrMs > 0 && age < policy.ttlMs + policy.swrMs) return 'stale-revalidate';
  return 'expired';
}

/** What to answer when fetching from upstream failed. */
export type FailureAction = { action: 'serve-stale' } | { action: 'bad-gateway' };

/** Stale-if-error: any cached copy, whatever its age, beats a 502. */
export function onUpstreamFailure(hasCachedCopy: boolean): FailureAction {
  return hasCachedCopy ? { action: 'serve-stale' } : { action: 'bad-gateway' };
}

/**
 * Whether an upstream failure is an outage (serve stale) or an answer (pass it on):
 * 5xx, 429, timeouts and refused/reset connections are outages; 4xx are answers.
 */
export function isOutageStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}
