/**
 * The contract between the proxy core (server, routes, store, upstream) and its users
 * (CLI config writer, `atmos-ts terraform`, the tf-mirror action).
 */

import type { Logger } from '../common/logger.js';
import type { UpstreamTimeouts } from './upstream.js';

export type MirrorMode = 'registry' | 'mirror';

export interface MirrorServerOptions {
  /** Cache directory (`components.terraform.cache.location`). */
  root: string;
  mode: MirrorMode;
  /** 0 = ephemeral port. Always bound to 127.0.0.1. */
  port?: number;
  /** PEM certificate + key: required for `mirror` mode (https). */
  tls?: { cert: string; key: string };
  metadataTtlMs: number;
  staleWhileRevalidateMs: number;
  /** Extra private registry hosts to impersonate (besides registry.terraform.io / registry.opentofu.org). */
  hosts?: string[];
  /** registry host → base URL serving its `/.well-known/terraform.json` (internal mirrors, tests). */
  upstreams?: Record<string, string>;
  /** Random per-run path prefix; generated when omitted. Requests outside it are refused. */
  secret?: string;
  /** Tokens per upstream host (from TF_TOKEN_* and the user's CLI config `credentials` blocks). */
  credentials?: Record<string, string>;
  logger?: Logger;
  env?: NodeJS.ProcessEnv;
  /** Upstream artifact downloads: time to first byte, idle read, retry budget (atmos.yaml `http:`). */
  http?: UpstreamTimeouts;
  /** Fleet tier: object store URL shared by every runner (`components.terraform.cache.store`). */
  store?: string;
}

export interface SavingsReport {
  hits: number;
  misses: number;
  bytesServedFromCache: number;
  bytesDownloaded: number;
  objectsAdded: number;
  staleServes: number;
  upstreamErrors: number;
  /** Human-readable warnings (stale-if-error serves, failed background refreshes). */
  warnings: string[];
  /** Per provider version / module source: hits, misses and bytes (absent in older reports). */
  objects?: ObjectStats[];
  /** Why upstream requests failed, de-duplicated (absent in older reports). */
  upstreamErrorReasons?: string[];
}

/** What one artifact (a provider version's zips, a module source's archive) cost and saved. */
export interface ObjectStats {
  kind: 'provider' | 'module';
  /** `registry.terraform.io/hashicorp/null 3.2.3`, or a module source without credentials. */
  name: string;
  hits: number;
  misses: number;
  bytesServedFromCache: number;
  bytesDownloaded: number;
}

export type ReportSubject = Pick<ObjectStats, 'kind' | 'name'>;

export interface MirrorServer {
  mode: MirrorMode;
  port: number;
  /** Base URL including the secret prefix, ending in `/`, e.g. `http://127.0.0.1:PORT/<secret>/`. */
  baseUrl: string;
  /** `providers.v1` / `modules.v1` (and restated upstream services) for a registry host's `host` block. */
  hostServices(host: string): Promise<Record<string, string>>;
  /**
   * The full discovery document to restate in a `host` block: every upstream service
   * (object-valued ones such as `login.v1` included, URLs made absolute) with
   * `providers.v1`/`modules.v1` replaced by the proxy's.
   */
  hostServiceDocument?(host: string): Promise<Record<string, unknown>>;
  /** Hosts the proxy impersonates. */
  hosts: string[];
  /** Network-mirror base URL (mirror mode), ending in `/`. */
  mirrorUrl?: string;
  report(): SavingsReport;
  /** Stop accepting requests; finish or abandon in-flight fills without leaving temp files. */
  close(): Promise<void>;
}
