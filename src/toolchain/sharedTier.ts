/**
 * The toolchain's fleet tier (`toolchain.store: <url>`): release assets shared through an
 * object store, keyed by their public URL (before GHES/mirror rewriting, so every runner
 * agrees), so a new runner installs every pinned tool without touching GitHub. The bytes
 * are still checked against the lock file's / checksum file's digest like a download; an
 * asset from the store that fails that check is removed from the store and fetched upstream.
 * One machine downloads an asset while the others wait for its upload (a lease object).
 *
 * Store keys: `toolchain/assets/<sha256(url)[:32]>/<asset name>`.
 */

import { createHash } from 'node:crypto';
import type { Logger } from '../common/logger.js';
import { openStore, type FleetStore } from '../store/index.js';

const LEASE_TTL_MS = 120_000;

export class ToolchainSharedTier {
  readonly counts = { fetched: 0, published: 0 };

  constructor(
    readonly store: FleetStore,
    private readonly leaseTtlMs = LEASE_TTL_MS,
  ) {}

  static open(url: string, options: { env: NodeJS.ProcessEnv; logger: Logger }): ToolchainSharedTier {
    return new ToolchainSharedTier(openStore(url, { env: options.env, logger: options.logger, setting: 'toolchain.store' }));
  }

  key(publicUrl: string, assetName: string): string {
    return `toolchain/assets/${createHash('sha256').update(publicUrl).digest('hex').slice(0, 32)}/${assetName}`;
  }

  /** 'fetched' = the asset is at `file`; 'leased' = download it and publish; 'open' = download, no lease held. */
  async fetchOrLease(publicUrl: string, assetName: string, file: string): Promise<'fetched' | 'leased' | 'open'> {
    const key = this.key(publicUrl, assetName);
    const r = await this.store.fetchOrLease(key, file, `toolchain/.leases/${key.slice('toolchain/'.length)}`, this.leaseTtlMs);
    if (r === 'fetched') this.counts.fetched++;
    return r;
  }

  async releaseLease(publicUrl: string, assetName: string): Promise<void> {
    await this.store.releaseLease(`toolchain/.leases/${this.key(publicUrl, assetName).slice('toolchain/'.length)}`);
  }

  /** A verified download, written through (create-if-absent: the first copy stays). */
  async publish(publicUrl: string, assetName: string, file: string, digest: { algorithm: string; hex: string }): Promise<void> {
    const r = await this.store.put(
      this.key(publicUrl, assetName),
      { file },
      { ifAbsent: true, metadata: { source_url: encodeURI(publicUrl), [`digest_${digest.algorithm}`]: digest.hex } },
    );
    if (r === 'created') this.counts.published++;
  }

  /** A store copy that failed the digest check: gone, so the next runner does not get it either. */
  async discard(publicUrl: string, assetName: string): Promise<void> {
    await this.store.delete(this.key(publicUrl, assetName));
  }
}
