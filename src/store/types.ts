// The object-store seam of the fleet tier: what every backend (S3, Azure Blob, a local
// directory) offers, in the few operations the CI cache, the registry cache and the
// toolchain need. Keys are '/'-separated, relative to the store URL's prefix.

import type { Readable } from 'node:stream';

/** Metadata names every object written by atmos-ts carries (lowercase identifiers: valid on S3 and Azure). */
export const META_SHA256 = 'sha256';
export const META_WRITER_HOST = 'writer_host';
export const META_WRITER_RUN = 'writer_run';

export interface ObjectInfo {
  /** Key relative to the store prefix. */
  key: string;
  size: number;
  modified: Date;
  /** User metadata (lower-case names); absent from listings on stores that do not return it. */
  metadata?: Record<string, string>;
}

/**
 * How a store honours "create only if absent":
 * - `native`: the service rejects the second writer (Azure `If-None-Match: *`, S3/R2/MinIO
 *   with conditional writes, the file backend's exclusive link);
 * - `none`: the service ignores the condition (s3rver, older S3-compatible stores): the
 *   caller falls back to check-then-write, where two writers racing in the same instant
 *   may both write (last one wins; content-addressed objects are identical anyway).
 */
export type ConditionalWrites = 'native' | 'none';

export interface PutOptions {
  /** Create only if no object exists under the key. */
  ifAbsent?: boolean;
  metadata?: Record<string, string>;
  contentType?: string;
}

export type PutResult = 'created' | 'exists';

export interface GetOptions {
  /** Inclusive byte range. */
  range?: { start: number; end?: number };
}

/** One backend. Errors are thrown as they come (the SafeStore decides what a failure means). */
export interface ObjectStoreBackend {
  readonly kind: 's3' | 'azblob' | 'file';
  /** The URL it was opened from, without credentials. */
  readonly url: string;
  get(key: string, options?: GetOptions): Promise<{ body: Readable; info: ObjectInfo } | undefined>;
  /** Upload a local file (multipart/blocks for large files) or bytes. */
  put(key: string, source: { file: string } | { bytes: Uint8Array }, options?: PutOptions): Promise<PutResult>;
  head(key: string): Promise<ObjectInfo | undefined>;
  /** Every object under a key prefix, following pagination. */
  list(prefix: string): AsyncIterable<ObjectInfo>;
  delete(key: string): Promise<boolean>;
  /** Whether `ifAbsent` is enforced by the service; probed once for S3. */
  conditionalWrites(): Promise<ConditionalWrites>;
}
