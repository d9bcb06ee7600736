import { errorMessage } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { SingleFlight } from '../common/singleFlight.js';
import { classifyEntry, onUpstreamFailure, type FreshnessPolicy } from './freshness.js';
import type { ReportCounters } from './report.js';
import type { MetaEnvelope, MirrorStore } from './store.js';
import { UpstreamError } from './upstream.js';

export type MetaSource = 'hit' | 'miss' | 'stale' | 'stale-if-error';

export interface MetaResult {
  envelope: MetaEnvelope;
  source: MetaSource;
}

/**
 * Cached upstream metadata with TTL, stale-while-revalidate (background refresh, one per
 * key) and stale-if-error. Only 2xx answers are stored; 4xx answers are returned to the
 * caller uncached; outages throw {@link UpstreamError} unless a stale copy exists.
 */
export class MetadataCache {
  private readonly flight = new SingleFlight<MetaEnvelope>();
  private closed = false;

  constructor(
    private readonly store: MirrorStore,
    private readonly policy: FreshnessPolicy,
    private readonly report: ReportCounters,
    private readonly logger: Logger,
    /** Offline mode: any cached copy is served whatever its age; nothing is refreshed. */
    private readonly offline = false,
  ) {}

  async get(file: string, fetch: () => Promise<MetaEnvelope>, what: string): Promise<MetaResult> {
    let cached = await this.store.readMeta(file);
    if (this.offline && cached) return { envelope: cached, source: 'hit' };
    let state = classifyEntry(cached && { kind: 'metadata', fetchedAtMs: cached.fetchedAt }, this.policy, Date.now());
    if (state !== 'fresh' && cached) {
      // Another process sharing the cache may have refreshed it meanwhile.
      cached = await this.store.readMeta(file, { fromDisk: true });
      state = classifyEntry(cached && { kind: 'metadata', fetchedAtMs: cached.fetchedAt }, this.policy, Date.now());
    }
    if (state !== 'fresh') {
      // The fleet tier: another machine may have fetched it (its fetch time travels with it).
      const shared = await this.store.readSharedMeta(file, cached);
      if (shared) {
        cached = shared;
        state = classifyEntry({ kind: 'metadata', fetchedAtMs: shared.fetchedAt }, this.policy, Date.now());
      }
    }
    if (cached && state === 'fresh') return { envelope: cached, source: 'hit' };
    if (cached && state === 'stale-revalidate') {
      if (!this.closed) {
        this.refresh(file, fetch).catch((err: unknown) => {
          if (this.closed) return; // abandoned by shutdown, not an upstream problem
          this.report.upstreamError(`background refresh of ${what}: ${errorMessage(err)}`, err);
          this.report.warn(`background refresh of ${what} failed: ${errorMessage(err)}`);
        });
      }
      return { envelope: cached, source: 'stale' };
    }
    try {
      return { envelope: await this.refresh(file, fetch), source: 'miss' };
    } catch (err) {
      if (!(err instanceof UpstreamError)) throw err;
      this.report.upstreamError(`${what}: ${err.message}`, err);
      if (onUpstreamFailure(cached !== undefined).action === 'serve-stale' && cached) {
        const ageH = ((Date.now() - cached.fetchedAt) / 3_600_000).toFixed(1);
        this.report.stale(`served stale ${what} (${ageH} h old): ${err.message}`);
        this.logger.warn(`registry cache: serving stale ${what}: ${err.message}`);
        return { envelope: cached, source: 'stale-if-error' };
      }
      throw err;
    }
  }

  private refresh(file: string, fetch: () => Promise<MetaEnvelope>): Promise<MetaEnvelope> {
    return this.flight.run(file, async () => {
      const envelope = await fetch();
      if (envelope.status >= 200 && envelope.status < 300) await this.store.writeMeta(file, envelope);
      return envelope;
    });
  }

  /** Stop starting background refreshes and wait for running ones. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flight.drain();
  }
}
