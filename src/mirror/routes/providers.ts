/**
 * Provider Registry Protocol (registry mode): versions and download metadata relayed
 * with only the three URLs rewritten to the proxy; zip, SHA256SUMS and .sig served
 * byte-for-byte from the cache (signatures stay valid: they cover SHA256SUMS, not URLs).
 */

import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isFile, writeFileAtomic } from '../../common/atomicFile.js';
import { withFileLock } from '../../common/fileLock.js';
import { h1OfZip } from '../hashes.js';
import type { MetaResult } from '../metadataCache.js';
import { providerZipName } from '../store.js';
import type { InboundHeaders } from '../upstream.js';
import { okOrAnswer, parseUpstreamJson, serviceBase, UpstreamAnswer, type RouteContext } from './context.js';
import { sendFile, sendJson } from './respond.js';

export interface ProviderAddr {
  host: string;
  ns: string;
  type: string;
}

/**
 * One request for one platform of one provider version: what the three provider file handlers
 * (download metadata, zip, SHA256SUMS/.sig) share, built once by the server from the route.
 */
export interface ProviderRequest {
  req: IncomingMessage;
  res: ServerResponse;
  p: ProviderAddr;
  version: string;
  os: string;
  arch: string;
  /** Client headers forwarded upstream (credentials the client sent). */
  inbound: InboundHeaders;
}

export interface DownloadMeta {
  filename?: string;
  download_url: string;
  shasums_url?: string;
  shasums_signature_url?: string;
  shasum?: string;
  os?: string;
  arch?: string;
  signing_keys?: { gpg_public_keys?: { ascii_armor?: string }[] };
}

export async function providerVersions(ctx: RouteContext, p: ProviderAddr, inbound?: InboundHeaders): Promise<MetaResult> {
  const base = await serviceBase(ctx, p.host, 'providers.v1', inbound);
  const url = `${base}${p.ns}/${p.type}/versions`;
  return ctx.meta.get(
    ctx.store.providerMeta(p.host, p.ns, p.type, 'versions.json'),
    () => ctx.upstream.getMeta(url, { inbound, routeHost: p.host, signal: ctx.signal }),
    `${p.host}/${p.ns}/${p.type} versions`,
  );
}

export async function providerDownload(
  ctx: RouteContext,
  p: ProviderAddr,
  version: string,
  os: string,
  arch: string,
  inbound?: InboundHeaders,
): Promise<MetaResult> {
  const base = await serviceBase(ctx, p.host, 'providers.v1', inbound);
  const url = `${base}${p.ns}/${p.type}/${version}/download/${os}/${arch}`;
  return ctx.meta.get(
    ctx.store.providerMeta(p.host, p.ns, p.type, version, 'download', `${os}_${arch}.json`),
    () => ctx.upstream.getMeta(url, { inbound, routeHost: p.host, signal: ctx.signal }),
    `${p.host}/${p.ns}/${p.type} ${version} ${os}_${arch} download`,
  );
}

/** Parse a 2xx download answer, with its URLs resolved against the final response URL (like Terraform does). */
export function parseDownloadMeta(result: MetaResult): DownloadMeta {
  const env = okOrAnswer(result.envelope);
  const raw = parseUpstreamJson<DownloadMeta>(env);
  const abs = (u: string | undefined): string | undefined => (u ? new URL(u, env.url).toString() : undefined);
  return { ...raw, download_url: abs(raw.download_url) ?? '', shasums_url: abs(raw.shasums_url), shasums_signature_url: abs(raw.shasums_signature_url) };
}

const rewritten = new WeakMap<object, Map<string, Buffer>>();

/**
 * The download JSON with `download_url`, `shasums_url`, `shasums_signature_url` pointing at
 * the proxy and every other byte unchanged (string surgery, not re-serialisation).
 */
export function rewriteDownloadBody(body: string, proxyFileBase: string, zipName: string): string {
  const replace = (text: string, field: string, value: string): string =>
    text.replace(new RegExp(`("${field}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`), (_m, lead: string) => `${lead}${JSON.stringify(value)}`);
  let out = replace(body, 'download_url', `${proxyFileBase}${zipName}`);
  out = replace(out, 'shasums_url', `${proxyFileBase}SHA256SUMS`);
  out = replace(out, 'shasums_signature_url', `${proxyFileBase}SHA256SUMS.sig`);
  return out;
}

export async function serveRegistryDownload(ctx: RouteContext, r: ProviderRequest): Promise<void> {
  const { req, res, p, version, os, arch, inbound } = r;
  const result = await providerDownload(ctx, p, version, os, arch, inbound);
  const env = okOrAnswer(result.envelope);
  countMeta(ctx, result, env.body.length);
  // Memoised per envelope: warm hits do no JSON work at all.
  let perEnv = rewritten.get(env);
  if (!perEnv) rewritten.set(env, (perEnv = new Map()));
  const fileBase = `${ctx.baseUrl()}v1/providers/${p.host}/${p.ns}/${p.type}/${version}/download/${os}/${arch}/`;
  let buf = perEnv.get(fileBase);
  if (!buf) {
    buf = Buffer.from(rewriteDownloadBody(env.body, fileBase, providerZipName(p.type, version, os, arch)));
    perEnv.set(fileBase, buf);
  }
  if (result.source === 'hit' || result.source === 'miss') ctx.remember(req.url, buf, env.fetchedAt);
  sendJson(res, 200, buf);
}

export function countMeta(ctx: RouteContext, result: MetaResult, bytes: number): void {
  if (result.source === 'miss') ctx.report.miss();
  else ctx.report.hit(bytes);
}

/** Serve (filling on a miss) the zip of one platform, verified against the registry shasum before commit. */
export async function serveProviderZip(ctx: RouteContext, r: ProviderRequest): Promise<void> {
  const { req, res, p, version, os, arch, inbound } = r;
  const target = ctx.store.providerZip(p.host, p.ns, p.type, version, os, arch);
  const subject = { kind: 'provider', name: `${p.host}/${p.ns}/${p.type} ${version}` } as const;
  if (await isFile(target)) return sendFile(req, res, target, 'application/zip', { report: ctx.report, hit: true, subject });
  const meta = parseDownloadMeta(await providerDownload(ctx, p, version, os, arch, inbound));
  if (!meta.download_url)
    throw new UpstreamAnswer({ fetchedAt: Date.now(), status: 404, url: '', body: JSON.stringify({ errors: ['registry gave no download_url'] }) });
  let produced = false; // only the request that ran the fill counts it (single-flight shares the promise)
  const outcome = await fillTracked(
    ctx,
    ctx.store.fill(
      target,
      async (tmp) => {
        const { size } = await ctx.upstream.download(meta.download_url, tmp, {
          expectedSha256: meta.shasum,
          signal: ctx.signal,
          routeHost: p.host,
          onBytes: (n) => ctx.report.downloaded(n, subject),
        });
        // h1: (what lock files and mirror JSON want) computed once, before the zip becomes visible.
        const h1 = await h1OfZip(tmp);
        await writeFileAtomic(`${target}.hashes.json`, JSON.stringify({ h1, zh: `zh:${meta.shasum ?? ''}`, size }));
        produced = true;
      },
      { sidecars: [`${target}.hashes.json`] },
    ),
  );
  if (produced || outcome === 'shared') {
    if (produced) ctx.report.objectAdded();
    await recordMirrorJson(ctx, p, version, os, arch, target).catch((err: unknown) => ctx.logger.debug(`mirror json update failed: ${String(err)}`));
  }
  ctx.report.miss(subject);
  await sendFile(req, res, target, 'application/zip', { report: ctx.report, hit: false });
}

/** SHA256SUMS / its signature: immutable upstream bytes, cached once per version. */
export async function serveShasums(ctx: RouteContext, r: ProviderRequest, sig: boolean): Promise<void> {
  const { req, res, p, version, os, arch, inbound } = r;
  const target = ctx.store.providerShasums(p.host, p.ns, p.type, version, sig);
  const contentType = sig ? 'application/octet-stream' : 'text/plain; charset=utf-8';
  if (await isFile(target)) return sendFile(req, res, target, contentType, { report: ctx.report, hit: true });
  const meta = parseDownloadMeta(await providerDownload(ctx, p, version, os, arch, inbound));
  await fetchShasumsFile(ctx, p, version, meta, sig);
  ctx.report.miss();
  await sendFile(req, res, target, contentType, { report: ctx.report, hit: false });
}

export async function fetchShasumsFile(ctx: RouteContext, p: ProviderAddr, version: string, meta: DownloadMeta, sig: boolean): Promise<string> {
  const target = ctx.store.providerShasums(p.host, p.ns, p.type, version, sig);
  const url = sig ? meta.shasums_signature_url : meta.shasums_url;
  if (!url) throw new UpstreamAnswer({ fetchedAt: Date.now(), status: 404, url: '', body: JSON.stringify({ errors: ['registry gave no shasums URL'] }) });
  let produced = false;
  await fillTracked(
    ctx,
    ctx.store.fill(target, async (tmp) => {
      await ctx.upstream.download(url, tmp, { signal: ctx.signal, routeHost: p.host, onBytes: (n) => ctx.report.downloaded(n) });
      produced = true;
    }),
  );
  if (produced) ctx.report.objectAdded();
  return target;
}

/** A fill keeps running when the client that started it disconnects; close() waits for it. */
function fillTracked<T>(ctx: RouteContext, p: Promise<T>): Promise<T> {
  ctx.track(p);
  return p;
}

/**
 * Keep `index.json` / `<version>.json` next to the zips (as `terraform providers mirror`
 * writes them), listing only archives present on disk, so the directory is also a static
 * network mirror.
 */
async function recordMirrorJson(ctx: RouteContext, p: ProviderAddr, version: string, os: string, arch: string, zip: string): Promise<void> {
  const dir = ctx.store.providerDir(p.host, p.ns, p.type);
  const hashes = await ctx.store.readJson<{ h1?: string; zh?: string }>(`${zip}.hashes.json`);
  await withFileLock(path.join(dir, '.mirror-json'), async () => {
    const indexFile = path.join(dir, 'index.json');
    const index = (await ctx.store.readJson<{ versions?: Record<string, object> }>(indexFile)) ?? {};
    index.versions = { ...(index.versions ?? {}), [version]: {} };
    await writeFileAtomic(indexFile, `${JSON.stringify(index, null, 2)}\n`);
    const versionFile = path.join(dir, `${version}.json`);
    const vjson = (await ctx.store.readJson<{ archives?: Record<string, { url: string; hashes?: string[] }> }>(versionFile)) ?? {};
    vjson.archives = {
      ...(vjson.archives ?? {}),
      [`${os}_${arch}`]: { url: path.basename(zip), hashes: [hashes?.h1, hashes?.zh].filter((h): h is string => !!h && h !== 'zh:') },
    };
    await writeFileAtomic(versionFile, `${JSON.stringify(vjson, null, 2)}\n`);
  });
}
