/**
 * The registry cache's second tier (`components.terraform.cache.store: <url>`): local disk →
 * the shared object store → upstream. Immutable artifacts (provider zips with their hash
 * sidecar, SHA256SUMS + .sig, module archives with their info) are written through to the
 * store after the local fill; metadata envelopes are shared with their fetch time, so TTL and
 * stale-while-revalidate hold fleet-wide and an upstream outage is served from the store.
 * One downloader per artifact across machines: a lease object created if absent, with an
 * expiry; the others wait for the artifact to appear, then read it.
 *
 * What is never written: metadata whose body carries something credential-like (pre-signed
 * URL signatures, tokens, user:password@ URLs) stays on the local disk only.
 *
 * Store keys: `registry/<path under the cache root>`, leases under `registry/.leases/`.
 */

import path from 'node:path';
import { errorMessage } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { openStore, type FleetStore } from '../store/index.js';
import type { MetaEnvelope } from './store.js';

const LEASE_TTL_MS = 120_000;

/** Query parameters and URL shapes that carry credentials (pre-signed URLs, tokens, basic auth). */
const CREDENTIAL_LIKE = /X-Amz-Signature|X-Amz-Credential|X-Goog-Signature|[?&](sig|signature|token|access_token|sv|se)=|\/\/[^/\s"@]+:[^/\s"@]+@/i;

export function looksCredentialBearing(text: string): boolean {
  return CREDENTIAL_LIKE.test(text);
}

export class RegistrySharedTier {
  private readonly pending = new Set<Promise<unknown>>();
  /** Artifacts served from the store / written to it by this process (for reports and tests). */
  readonly counts = { fetched: 0, published: 0, waited: 0, metaShared: 0 };

  constructor(
    readonly store: FleetStore,
    private readonly root: string,
    private readonly logger: Logger,
    private readonly leaseTtlMs = LEASE_TTL_MS,
  ) {}

  static open(url: string, root: string, options: { env: NodeJS.ProcessEnv; logger: Logger }): RegistrySharedTier {
    return new RegistrySharedTier(
      openStore(url, { env: options.env, logger: options.logger, setting: 'components.terraform.cache.store' }),
      path.resolve(root),
      options.logger,
    );
  }

  private key(file: string): string {
    return `registry/${path.relative(this.root, file).split(path.sep).join('/')}`;
  }

  private leaseKey(target: string): string {
    return `registry/.leases/${path.relative(this.root, target).split(path.sep).join('/')}`;
  }

  /** Sidecars go straight to their final paths once the artifact itself was found. */
  private async fetchSidecars(sidecars: string[]): Promise<void> {
    for (const s of sidecars) await this.store.fetchFile(this.key(s), s);
  }

  /** Write through: sidecars first, so a reader that finds the artifact finds them too. */
  async publish(target: string, sidecars: string[] = []): Promise<void> {
    if (!this.store.available) return;
    for (const s of sidecars) await this.store.put(this.key(s), { file: s }, { ifAbsent: true });
    if ((await this.store.put(this.key(target), { file: target }, { ifAbsent: true })) === 'created') this.counts.published++;
  }

  /**
   * Before an upstream download: the artifact from the store into `tmp` ('fetched'; the
   * caller renames it into place), or download: 'leased' — this process holds the lease (one
   * downloader across machines; release it after publishing) — or 'open' (the store cannot help).
   */
  async fetchOrLease(target: string, tmp: string, sidecars: string[] = []): Promise<'fetched' | 'leased' | 'open'> {
    const r = await this.store.fetchOrLease(this.key(target), tmp, this.leaseKey(target), this.leaseTtlMs);
    if (r !== 'fetched') return r;
    await this.fetchSidecars(sidecars);
    this.counts.fetched++;
    return 'fetched';
  }

  async releaseLease(target: string): Promise<void> {
    if (!this.store.available) return;
    await this.store.releaseLease(this.leaseKey(target));
  }

  /** A shared metadata envelope, when the store has one. */
  async readMeta(file: string): Promise<MetaEnvelope | undefined> {
    if (!this.store.available) return undefined;
    const got = await this.store.getBytes(this.key(file));
    if (!got) return undefined;
    try {
      const env = JSON.parse(got.bytes.toString('utf8')) as MetaEnvelope;
      return typeof env.fetchedAt === 'number' && typeof env.body === 'string' ? env : undefined;
    } catch {
      return undefined;
    }
  }

  /** Share a fresh envelope in the background (the request does not wait for the store). */
  writeMeta(file: string, envelope: MetaEnvelope): void {
    if (!this.store.available) return;
    const text = JSON.stringify(envelope);
    if (looksCredentialBearing(text)) {
      this.logger.debug(`registry cache: ${path.basename(file)} carries credential-like URLs; not shared`);
      return;
    }
    const p = this.store
      .put(this.key(file), { bytes: Buffer.from(text) }, { contentType: 'application/json' })
      .then(() => void this.counts.metaShared++)
      .catch((err: unknown) => this.logger.debug(`registry cache: sharing ${file} failed: ${errorMessage(err)}`))
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
