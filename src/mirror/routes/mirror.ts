/**
 * Provider Network Mirror Protocol (mirror mode), translated from the upstream registry:
 * `index.json` from the versions list; `<version>.json` from the download metadata of every
 * platform (8 at a time) with `zh:` hashes from SHA256SUMS — no zip download needed, so a cold
 * cache still answers inside Terraform's 10 s — plus `h1:` for zips already cached.
 */

import { promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorMessage } from '../../common/errors.js';
import { isFile, writeFileAtomic } from '../../common/atomicFile.js';
import { mapLimit } from '../../common/mapLimit.js';
import { h1OfZip, parseShasums } from '../hashes.js';
import { verifyDetachedSignature } from '../signature.js';
import { parseProviderZipName, providerZipName } from '../store.js';
import type { InboundHeaders } from '../upstream.js';
import { okOrAnswer, parseUpstreamJson, UpstreamAnswer, type RouteContext } from './context.js';
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

interface VersionsDoc {
  versions?: { version: string; platforms?: { os: string; arch: string }[] }[];
}

const indexBodies = new WeakMap<object, Buffer>();
const PLATFORM_CONCURRENCY = 8;

export async function serveMirrorIndex(ctx: RouteContext, req: IncomingMessage, res: ServerResponse, p: ProviderAddr, inbound: InboundHeaders): Promise<void> {
  const result = await providerVersions(ctx, p, inbound);
  const env = okOrAnswer(result.envelope);
  countMeta(ctx, result, env.body.length);
  let buf = indexBodies.get(env);
  if (!buf) {
    const doc = parseUpstreamJson<VersionsDoc>(env);
    const versions: Record<string, object> = {};
    for (const v of doc.versions ?? []) if (v.version) versions[v.version] = {};
    buf = Buffer.from(JSON.stringify({ versions }));
    indexBodies.set(env, buf);
  }
  if (result.source === 'hit' || result.source === 'miss') ctx.remember(req.url, buf, env.fetchedAt);
  sendJson(res, 200, buf);
}

export async function serveMirrorVersion(ctx: RouteContext, res: ServerResponse, p: ProviderAddr, version: string, inbound: InboundHeaders): Promise<void> {
  let doc: VersionsDoc;
  try {
    const result = await providerVersions(ctx, p, inbound);
    doc = parseUpstreamJson<VersionsDoc>(okOrAnswer(result.envelope));
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
      const verified = await verifiedShasums(ctx, p, version, withSums.meta);
      if (verified === 'bad-signature') {
        ctx.report.warn(
          `${p.host}/${p.ns}/${p.type} ${version}: the SHA256SUMS signature does not verify with the registry's signing keys; no archives offered`,
        );
        return sendJson(res, 200, '{"archives":{}}');
      }
      sums = verified;
    } catch (err) {
      ctx.logger.debug(`registry cache: SHA256SUMS for ${p.host}/${p.ns}/${p.type} ${version} unavailable: ${errorMessage(err)}`);
    }
  }
  const archives: Record<string, { url: string; hashes: string[] }> = {};
  for (const { pl, meta } of found) {
    const name = providerZipName(p.type, version, pl.os, pl.arch);
    const hashes: string[] = [];
    const h1 = await cachedH1(ctx, ctx.store.providerZip(p.host, p.ns, p.type, version, pl.os, pl.arch));
    if (h1) hashes.push(h1);
    // The registry's shasum and the SHA256SUMS line must agree (Terraform checks the same
    // pair in registry mode); a platform where they differ is left out rather than trusted.
    const listed = sums.get(meta.filename ?? name);
    const shasum = meta.shasum?.toLowerCase();
    if (listed && shasum && listed !== shasum) {
      ctx.report.warn(`${p.host}/${p.ns}/${p.type} ${version} ${pl.os}_${pl.arch}: SHA256SUMS does not match the registry shasum; platform not offered`);
      continue;
    }
    const zh = shasum ?? listed;
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
  await serveProviderZip(ctx, { req, res, p, version: parsed.version, os: parsed.os, arch: parsed.arch, inbound });
}

/**
 * `h1:` of a cached zip from its sidecar; a zip put there by `terraform providers mirror`
 * (no sidecar) gets one computed now.
 */
async function cachedH1(ctx: RouteContext, zip: string): Promise<string | undefined> {
  const sidecar = await ctx.store.readJson<{ h1?: string }>(`${zip}.hashes.json`);
  if (sidecar?.h1) return sidecar.h1;
  if (!(await isFile(zip))) return undefined;
  try {
    const h1 = await h1OfZip(zip);
    await writeFileAtomic(`${zip}.hashes.json`, JSON.stringify({ h1 }));
    return h1;
  } catch (err) {
    ctx.logger.debug(`registry cache: cannot hash ${zip}: ${errorMessage(err)}`);
    return undefined;
  }
}

const verifiedSums = new Map<string, Map<string, string>>();

/**
 * SHA256SUMS of a version, its detached signature checked against the registry's
 * `signing_keys` (once per file per run). A registry that publishes no signature URL or keys
 * gets its SHA256SUMS used as is — each zip is still checked against the registry shasum.
 */
async function verifiedShasums(ctx: RouteContext, p: ProviderAddr, version: string, meta: DownloadMeta): Promise<Map<string, string> | 'bad-signature'> {
  const file = await fetchShasumsFile(ctx, p, version, meta, false);
  const known = verifiedSums.get(file);
  if (known) return known;
  const data = await fs.readFile(file);
  const keys = (meta.signing_keys?.gpg_public_keys ?? []).map((k) => k.ascii_armor).filter((k): k is string => typeof k === 'string');
  if (meta.shasums_signature_url && keys.length > 0) {
    const sig = await fs.readFile(await fetchShasumsFile(ctx, p, version, meta, true));
    if (!(await verifyDetachedSignature(data, sig, keys))) return 'bad-signature';
  }
  const parsed = parseShasums(data.toString('utf8'));
  verifiedSums.set(file, parsed);
  return parsed;
}
