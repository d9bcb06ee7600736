import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { AtmosError, errorMessage } from '../common/errors.js';
import { silentLogger } from '../common/logger.js';
import { normalizeHost } from './credentials.js';
import { classifyEntry, type FreshnessPolicy } from './freshness.js';
import { MetadataCache } from './metadataCache.js';
import { ReportCounters } from './report.js';
import { isOffline, isOfflineError } from '../common/offline.js';
import { bodyBuffer, inboundHeaders, UpstreamAnswer, type Discovery, type RouteContext } from './routes/context.js';
import { serveMirrorIndex, serveMirrorVersion, serveMirrorZip } from './routes/mirror.js';
import { serveArchive, serveModuleDownload, serveModuleVersions } from './routes/modules.js';
import { countMeta, providerVersions, serveProviderZip, serveRegistryDownload, serveShasums } from './routes/providers.js';
import { sendError, sendJson } from './routes/respond.js';
import { parseRoute, type Route } from './routes/router.js';
import { RegistrySharedTier } from './sharedTier.js';
import { MirrorStore, type MetaEnvelope } from './store.js';
import type { MirrorServer, MirrorServerOptions } from './types.js';
import { Upstream, UpstreamError, type InboundHeaders } from './upstream.js';

export const DEFAULT_HOSTS = ['registry.terraform.io', 'registry.opentofu.org'];

/** Extra knobs for tests (not part of the user-facing contract). */
export interface MirrorServerInternals {
  /** Staleness window (ms) of fill locks whose holder cannot be checked (another host). */
  lockStaleMs?: number;
  /** Whole upstream metadata request, retries included (default META_DEADLINE_MS). */
  metaDeadlineMs?: number;
}

/**
 * The loopback caching proxy: 127.0.0.1 only, every route under a random per-run secret
 * prefix, registry mode over http or mirror mode over https (same routes on both).
 */
export async function startMirrorServer(options: MirrorServerOptions & MirrorServerInternals): Promise<MirrorServer> {
  const logger = options.logger ?? silentLogger;
  if (options.mode === 'mirror' && !options.tls) {
    throw new AtmosError('mirror mode needs a TLS certificate', {
      code: 'MIRROR_TLS_REQUIRED',
      explanation: 'Terraform only accepts a network mirror at an https: URL.',
      hint: 'Pass tls {cert, key} (PEM) or use mode "registry".',
    });
  }
  const secret = options.secret ?? randomBytes(16).toString('hex');
  if (!/^[A-Za-z0-9_-]{8,}$/.test(secret)) {
    throw new AtmosError('the proxy path secret must be at least 8 characters of [A-Za-z0-9_-]', { code: 'MIRROR_BAD_SECRET' });
  }
  const hosts = [...new Set([...DEFAULT_HOSTS, ...(options.hosts ?? []), ...Object.keys(options.upstreams ?? {})].map(normalizeHost))];
  const hostSet = new Set(hosts);
  const store = new MirrorStore(options.root, {
    lockStaleMs: options.lockStaleMs,
    shared: options.store ? RegistrySharedTier.open(options.store, options.root, { env: options.env ?? process.env, logger }) : undefined,
  });
  const report = new ReportCounters();
  const lifetime = new AbortController();
  const upstream = new Upstream({
    credentials: options.credentials,
    upstreams: options.upstreams,
    logger,
    env: options.env,
    http: options.http,
    metaDeadlineMs: options.metaDeadlineMs,
  });
  const offline = isOffline(options.env ?? process.env);
  const meta = new MetadataCache(store, { ttlMs: options.metadataTtlMs, swrMs: options.staleWhileRevalidateMs }, report, logger, offline);
  const tracked = new Set<Promise<unknown>>();
  const discoveries = new WeakMap<object, Discovery>();
  const answers = new Map<string, { body: Buffer; fetchedAtMs: number }>();
  // The same freshness rule as the metadata cache (TTL <= 0: never expires).
  const policy: FreshnessPolicy = { ttlMs: options.metadataTtlMs, swrMs: options.staleWhileRevalidateMs };
  const isFresh = (fetchedAtMs: number) => classifyEntry({ kind: 'metadata', fetchedAtMs }, policy, Date.now()) === 'fresh';
  let baseUrl = '';
  let closing = false;

  const discovery = async (host: string, inbound?: InboundHeaders): Promise<Discovery> => {
    const url = upstream.discoveryUrl(host);
    const result = await meta.get(
      store.discovery(host),
      () => upstream.getMeta(url, { inbound, routeHost: host, signal: lifetime.signal }),
      `${host} service discovery`,
    );
    return parseDiscovery(result.envelope, url);
  };

  const parseDiscovery = (env: MetaEnvelope, url: string): Discovery => {
    let d = discoveries.get(env);
    if (!d) {
      let services: Record<string, unknown> = {};
      if (env.status === 200) {
        try {
          const parsed = JSON.parse(env.body) as unknown;
          if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) services = parsed as Record<string, unknown>;
        } catch {
          throw new UpstreamError(env.url, 'discovery document is not JSON');
        }
      } else if (env.status !== 404) {
        throw new UpstreamAnswer(env);
      }
      d = { url: env.url || url, services };
      discoveries.set(env, d);
    }
    return d;
  };

  const ctx: RouteContext = {
    store,
    meta,
    upstream,
    report,
    logger,
    signal: lifetime.signal,
    baseUrl: () => baseUrl,
    isKnownHost: (h) => hostSet.has(h),
    discovery,
    remember: (rawUrl, body, fetchedAt) => {
      if (!rawUrl || closing) return;
      if (!isFresh(fetchedAt)) return;
      // Bounded: paths come from clients; a full map simply stops taking new entries.
      if (answers.size < 10_000 || answers.has(rawUrl)) answers.set(rawUrl, { body, fetchedAtMs: fetchedAt });
    },
    track: (p) => {
      tracked.add(p);
      p.then(
        () => tracked.delete(p),
        () => tracked.delete(p),
      );
    },
  };

  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    // Hot path: a fresh answer already rendered for this exact path is written synchronously.
    const fast = req.url !== undefined && !closing ? answers.get(req.url) : undefined;
    if (fast && (req.method === 'GET' || req.method === 'HEAD')) {
      if (isFresh(fast.fetchedAtMs)) {
        report.hit(fast.body.length);
        sendJson(res, 200, fast.body);
        return;
      }
      answers.delete(req.url!);
    }
    handle(ctx, req, res, secret, () => closing).catch((err: unknown) => {
      logger.debug(`registry cache: ${req.method} failed: ${errorMessage(err)}`);
      if (!res.headersSent) sendError(res, 500, errorMessage(err));
      else res.destroy();
    });
  };
  const server = options.tls ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, handler) : http.createServer(handler);
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}/${secret}/`;
  logger.debug(`registry cache proxy listening on ${options.tls ? 'https' : 'http'}://127.0.0.1:${port}/ (${options.mode} mode)`);

  const proxyServices = (host: string): Record<string, string> => ({
    'modules.v1': `${baseUrl}v1/modules/${host}/`,
    'providers.v1': `${baseUrl}v1/providers/${host}/`,
  });

  let closed: Promise<void> | undefined;
  return {
    mode: options.mode,
    port,
    baseUrl,
    hosts,
    mirrorUrl: options.mode === 'mirror' ? `${baseUrl}v1/mirror/` : undefined,
    async hostServices(host: string): Promise<Record<string, string>> {
      const h = normalizeHost(host);
      const out = proxyServices(h);
      for (const [k, v] of Object.entries(await upstreamServices(h))) if (!(k in out) && typeof v === 'string') out[k] = v;
      return out;
    },
    async hostServiceDocument(host: string): Promise<Record<string, unknown>> {
      const h = normalizeHost(host);
      return { ...(await upstreamServices(h)), ...proxyServices(h) };
    },
    report: () => report.snapshot(),
    close(): Promise<void> {
      closed ??= (async () => {
        closing = true;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // Abandon fills (their temp files are removed by the fill itself), then wait for them.
        lifetime.abort();
        await Promise.allSettled([...tracked]);
        await meta.close();
        await store.drain();
        server.closeAllConnections();
        await stopped;
      })();
      return closed;
    },
  } satisfies MirrorServer & { hostServiceDocument(host: string): Promise<Record<string, unknown>> };

  /**
   * The public registries publish only `providers.v1` and `modules.v1`, which the proxy
   * replaces: their host blocks need no upstream lookup (an offline start makes no DNS
   * request), only what an earlier run cached. Other hosts (private registries) may offer
   * `tfe.v2`, `login.v1`…, which their host block must restate, so those are looked up.
   */
  async function hostDiscovery(host: string): Promise<Discovery | undefined> {
    if (!DEFAULT_HOSTS.includes(host)) return discovery(host);
    const cached = await store.readMeta(store.discovery(host));
    return cached && cached.status === 200 ? parseDiscovery(cached, upstream.discoveryUrl(host)) : undefined;
  }

  /** Every service of the upstream discovery document, URLs made absolute (objects: their URL fields). */
  async function upstreamServices(host: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    let d: Discovery | undefined;
    try {
      d = await hostDiscovery(host);
      if (!d) return out;
    } catch (err) {
      logger.debug(`registry cache: discovery for ${host} failed: ${errorMessage(err)}`);
      return out;
    }
    for (const [k, v] of Object.entries(d.services)) {
      if (typeof v === 'string') out[k] = absolute(v, d.url);
      else if (v && typeof v === 'object' && !Array.isArray(v)) {
        const obj: Record<string, unknown> = { ...(v as Record<string, unknown>) };
        for (const f of ['authz', 'token', 'url']) if (typeof obj[f] === 'string') obj[f] = absolute(obj[f] as string, d.url);
        out[k] = obj;
      } else out[k] = v;
    }
    return out;
  }
}

function absolute(value: string, base: string): string {
  try {
    return new URL(value, base).toString();
  } catch {
    return value;
  }
}

async function handle(ctx: RouteContext, req: http.IncomingMessage, res: http.ServerResponse, secret: string, closing: () => boolean): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'method not allowed');
  const parsed = parseRoute(req.url ?? '/', secret);
  if ('status' in parsed) return sendError(res, parsed.status, parsed.message);
  const route = parsed.route;
  const host = 'p' in route ? route.p.host : 'm' in route ? route.m.host : undefined;
  if (host !== undefined && !ctx.isKnownHost(host)) return sendError(res, 404, `registry host ${host} is not proxied`);
  if (closing()) return sendError(res, 503, 'registry cache is shutting down');
  const inbound = inboundHeaders(req.headers);
  try {
    await dispatch(ctx, req, res, route, inbound);
  } catch (err) {
    if (err instanceof UpstreamAnswer) {
      ctx.report.miss();
      return sendJson(res, err.envelope.status, err.envelope.body || JSON.stringify({ errors: [`upstream answered HTTP ${err.envelope.status}`] }));
    }
    if (isOfflineError(err)) {
      // Terraform prints a registry's `errors` list: the reason and the way out reach the user.
      ctx.report.miss();
      ctx.logger.warn(`registry cache: ${err.message}`);
      return sendError(res, 404, `${err.message} (atmos-ts registry cache is offline). ${err.hint ?? ''}`.trim());
    }
    if (err instanceof UpstreamError) {
      ctx.report.miss();
      ctx.report.upstreamError(err.message, err);
      ctx.logger.warn(`registry cache: ${err.message}`);
      // Both are 5xx, which Terraform's registry client retries once.
      return sendError(res, err.code === 'UPSTREAM_TIMEOUT' ? 504 : 502, err.message);
    }
    throw err;
  }
}

async function dispatch(ctx: RouteContext, req: http.IncomingMessage, res: http.ServerResponse, route: Route, inbound: InboundHeaders): Promise<void> {
  switch (route.kind) {
    case 'providerVersions': {
      const result = await providerVersions(ctx, route.p, inbound);
      if (result.envelope.status >= 300) throw new UpstreamAnswer(result.envelope);
      const body = bodyBuffer(result.envelope);
      countMeta(ctx, result, body.length);
      if (result.source === 'hit' || result.source === 'miss') ctx.remember(req.url, body, result.envelope.fetchedAt);
      return sendJson(res, 200, body);
    }
    case 'providerDownload':
      return serveRegistryDownload(ctx, { req, res, p: route.p, version: route.version, os: route.os, arch: route.arch, inbound });
    case 'providerFile': {
      const request = { req, res, p: route.p, version: route.version, os: route.os, arch: route.arch, inbound };
      if (route.file === 'zip') return serveProviderZip(ctx, request);
      return serveShasums(ctx, request, route.file === 'sig');
    }
    case 'mirrorIndex':
      return serveMirrorIndex(ctx, req, res, route.p, inbound);
    case 'mirrorVersion':
      return serveMirrorVersion(ctx, res, route.p, route.version, inbound);
    case 'mirrorZip':
      return serveMirrorZip(ctx, req, res, route.p, route.filename, inbound);
    case 'moduleVersions':
      return serveModuleVersions(ctx, req, res, route.m, inbound);
    case 'moduleDownload':
      return serveModuleDownload(ctx, res, route.m, route.version, inbound);
    case 'archive':
      return serveArchive(ctx, req, res, route.id);
  }
}
