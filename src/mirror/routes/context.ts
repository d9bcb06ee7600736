import type { Logger } from '../../common/logger.js';
import { AtmosError } from '../../common/errors.js';
import type { MetadataCache } from '../metadataCache.js';
import type { ReportCounters } from '../report.js';
import type { MetaEnvelope, MirrorStore } from '../store.js';
import { UpstreamError, type InboundHeaders, type Upstream } from '../upstream.js';

/** What every route needs: one per server. */
export interface RouteContext {
  store: MirrorStore;
  meta: MetadataCache;
  upstream: Upstream;
  report: ReportCounters;
  logger: Logger;
  /** Server-lifetime signal: fills run on it, not on the client's request. */
  signal: AbortSignal;
  /** `http(s)://127.0.0.1:PORT/<secret>/` */
  baseUrl: () => string;
  /** Hosts (comparison form) we proxy; anything else is 404. */
  isKnownHost: (host: string) => boolean;
  /** Resolved upstream discovery document for a registry host. */
  discovery: (host: string, inbound?: InboundHeaders) => Promise<Discovery>;
  /** Background work (fills the client did not wait for) to await on close. */
  track: (p: Promise<unknown>) => void;
  /**
   * Remember a finished 200 JSON answer for this exact request path until its metadata
   * stops being fresh, so repeated hits skip routing and lookups entirely.
   */
  remember: (rawUrl: string | undefined, body: Buffer, fetchedAt: number) => void;
}

export interface Discovery {
  /** Final URL of the discovery document (relative service URLs resolve against it). */
  url: string;
  /** Raw services (values as published). */
  services: Record<string, unknown>;
}

/** A 4xx answer from upstream, relayed to the client as is. */
export class UpstreamAnswer extends AtmosError {
  constructor(readonly envelope: MetaEnvelope) {
    super(`upstream answered HTTP ${envelope.status}`, { code: 'UPSTREAM_ANSWER' });
  }
}

/** Absolute base URL (with trailing slash) of a service, or a 404-style error when the host does not offer it. */
const bases = new WeakMap<Discovery, Map<string, string>>();

export async function serviceBase(ctx: RouteContext, host: string, service: 'providers.v1' | 'modules.v1', inbound?: InboundHeaders): Promise<string> {
  const d = await ctx.discovery(host, inbound);
  // Memoised per discovery document: the hot path builds no URL objects.
  const memo = bases.get(d)?.get(service);
  if (memo) return memo;
  const value = d.services[service];
  if (typeof value !== 'string' || !value) {
    throw new UpstreamAnswer({
      fetchedAt: Date.now(),
      status: 404,
      url: d.url,
      body: JSON.stringify({
        errors: [`host ${host} does not offer a ${service === 'providers.v1' ? 'Terraform provider registry' : 'Terraform module registry'}`],
      }),
    });
  }
  const abs = new URL(value, d.url).toString();
  const base = abs.endsWith('/') ? abs : `${abs}/`;
  if (!bases.has(d)) bases.set(d, new Map());
  bases.get(d)!.set(service, base);
  return base;
}

const bodies = new WeakMap<MetaEnvelope, Buffer>();

/** The envelope body as bytes, converted once per envelope. */
export function bodyBuffer(env: MetaEnvelope): Buffer {
  let buf = bodies.get(env);
  if (!buf) {
    buf = Buffer.from(env.body);
    bodies.set(env, buf);
  }
  return buf;
}

/** Throw the upstream's 4xx answer so the router relays it; return the envelope when it is a 2xx. */
export function okOrAnswer(envelope: MetaEnvelope): MetaEnvelope {
  if (envelope.status >= 300) throw new UpstreamAnswer(envelope);
  return envelope;
}

export function inboundHeaders(headers: Record<string, string | string[] | undefined>): InboundHeaders {
  const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
  return {
    userAgent: one(headers['user-agent']),
    authorization: one(headers.authorization),
    terraformVersion: one(headers['x-terraform-version']),
  };
}

/** Parse an upstream JSON body; garbage from upstream is an upstream failure (502), not a proxy bug. */
export function parseUpstreamJson<T>(env: MetaEnvelope): T {
  try {
    return JSON.parse(env.body) as T;
  } catch {
    throw new UpstreamError(env.url, 'answered with invalid JSON', 'UPSTREAM_BAD_JSON');
  }
}
