import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorMessage } from '../../common/errors.js';
import { parseShasums } from '../hashes.js';
import { parseProviderZipName, providerZipName } from '../store.js';
import type { InboundHeaders } from '../upstream.js';
import { okOrAnswer, UpstreamAnswer, type RouteContext } from './context.js';
import {
  countMeta,
  fetchShasumsFile,
  parseDownloadMeta,
  providerDownload,
  providerVersions,
  serveProviderZip,
  type DownloadMeta,
  type ProviderAddr,
} from './providers.js';
import { sendError, sendJson } from './respond.js';
import { promises as fs } from 'node:fs';

/**
 * Provider Network Mirror Protocol (mirror mode), translated from the upstream registry:
 * `index.json` from the versions list; `<version>.json` from the download metadata of every
 * platform (8 at a time) with `zh:` hashes from SHA256SUMS — no zip download needed, so a cold
 * cache still answers inside Terraform's 10 s — plus `h1:` for zips already cached.
 */
interface VersionsDoc {
  versions?: { version: string; platforms?: { os: string; arch: string }[] }[];
}

const indexBodies = new WeakMap<object, Buffer>();
const PLATFORM_CONCURRENCY = 8;

export async function serveMirrorIndex(ctx: RouteContext, res: ServerResponse, p: ProviderAddr, inbound: InboundHeaders): Promise<void> {
  const result = await providerVersions(ctx, p, inbound);
  const env = okOrAnswer(result.envelope);
  countMeta(ctx, result, env.body.length);
  let buf = indexBodies.get(env);
  if (!buf) {
    const doc = JSON.parse(env.body) as VersionsDoc;
    const versions: Record<string, object> = {};
    for (const v of doc.versions ?? []) if (v.version) versions[v.version] = {};
    buf = Buffer.from(JSON.stringify({ versions }));
    indexBodies.set(env, buf);
  }
  sendJson(res, 200, buf);
}

export async function serveMirrorVersion(ctx: RouteContext, res: ServerResponse, p: ProviderAddr, version: string, inbound: InboundHeaders): Promise<void> {
  let doc: VersionsDoc;
  try {
    const result = await providerVersions(ctx, p, inbound);
    doc = JSON.parse(okOrAnswer(result.envelope).body) as VersionsDoc;
    countMeta(ctx, result, 0);
  } catch (err) {
    // Never 404 a <version>.json: "not here" lets the next install method (direct) try.
    if (err instanceof UpstreamAnswer) return sendJson(res, 200, '{"archives":{}}');
    throw err;
  }
  const platforms = doc.versions?.find((v) => v.version === version)?.platforms ?? [];
  const metas = await mapLimit(platforms, PLATFORM_CONCURRENCY, async (pl) => {
    try {
      return { pl, meta: parseDownloadMeta(await providerDownload(ctx, p, version, pl.os, pl.arch, inbound)) };
    } catch (err) {
      ctx.logger.debug(`registry cache: ${p.host}/${p.ns}/${p.type} ${version} ${pl.os}_${pl.arch} skipped: ${errorMessage(err)}`);
      return undefined;
    }
  });
  const found = metas.filter((m): m is { pl: { os: string; arch: string }; meta: DownloadMeta } => m !== undefined);
  let sums = new Map<string, string>();
  const withSums = found.find((m) => m.meta.shasums_url);
  if (withSums) {
    try {
      sums = parseShasums(await fs.readFile(await fetchShasumsFile(ctx, p, version, withSums.meta, false), 'utf8'));
    } catch (err) {
      ctx.logger.debug(`registry cache: SHA256SUMS for ${p.host}/${p.ns}/${p.type} ${version} unavailable: ${errorMessage(err)}`);
    }
  }
  const archives: Record<string, { url: string; hashes: string[] }> = {};
  for (const { pl, meta } of found) {
    const name = providerZipName(p.type, version, pl.os, pl.arch);
    const hashes: string[] = [];
    const sidecar = await ctx.store.readJson<{ h1?: string }>(`${ctx.store.providerZip(p.host, p.ns, p.type, version, pl.os, pl.arch)}.hashes.json`);
    if (sidecar?.h1) hashes.push(sidecar.h1);
    const zh = sums.get(meta.filename ?? name) ?? meta.shasum?.toLowerCase();
    if (zh) hashes.push(`zh:${zh}`);
    // Relative: resolves against this document's URL, i.e. back to the proxy, whatever the port.
    archives[`${pl.os}_${pl.arch}`] = { url: name, hashes };
  }
  sendJson(res, 200, JSON.stringify({ archives }));
}

export async function serveMirrorZip(
  ctx: RouteContext,
  req: IncomingMessage,
  res: ServerResponse,
  p: ProviderAddr,
  filename: string,
  inbound: InboundHeaders,
): Promise<void> {
  const parsed = parseProviderZipName(p.type, filename);
  if (!parsed) return sendError(res, 404, `not a provider archive name: ${filename}`);
  await serveProviderZip(ctx, req, res, p, parsed.version, parsed.os, parsed.arch, inbound);
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
