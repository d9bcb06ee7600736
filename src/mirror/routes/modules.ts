/**
 * Module Registry Protocol: versions relayed verbatim (cached with TTL); the download
 * location resolved upstream, cached as the upstream SOURCE (so it survives port and
 * secret changes) and answered as a proxy archive URL ending in `.tar.gz`.
 */

import { promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isFile, writeFileAtomic } from '../../common/atomicFile.js';
import { errorMessage } from '../../common/errors.js';
import { sha256File } from '../hashes.js';
import type { MetaResult } from '../metadataCache.js';
import { fetchModuleArchive, planModuleSource, type ModuleSourcePlan } from '../moduleSource.js';
import type { MetaEnvelope } from '../store.js';
import { UpstreamError, type InboundHeaders } from '../upstream.js';
import { bodyBuffer, okOrAnswer, serviceBase, type RouteContext } from './context.js';
import { countMeta } from './providers.js';
import { sendError, sendFile, sendJson } from './respond.js';
import type { ReportSubject } from '../types.js';

export interface ModuleAddr {
  host: string;
  ns: string;
  name: string;
  system: string;
}

interface ArchiveInfo {
  source: string;
  sha256?: string;
  size?: number;
}

/** How long a download request waits for a cold archive so it can add `?checksum=`. */
const CHECKSUM_WAIT_MS = 3000;

async function moduleVersions(ctx: RouteContext, m: ModuleAddr, inbound?: InboundHeaders): Promise<MetaResult> {
  const base = await serviceBase(ctx, m.host, 'modules.v1', inbound);
  const url = `${base}${m.ns}/${m.name}/${m.system}/versions`;
  return ctx.meta.get(
    ctx.store.moduleMeta(m.host, m.ns, m.name, m.system, 'versions.json'),
    () => ctx.upstream.getMeta(url, { inbound, routeHost: m.host, signal: ctx.signal }),
    `module ${m.host}/${m.ns}/${m.name}/${m.system} versions`,
  );
}

export async function serveModuleVersions(ctx: RouteContext, req: IncomingMessage, res: ServerResponse, m: ModuleAddr, inbound: InboundHeaders): Promise<void> {
  const result = await moduleVersions(ctx, m, inbound);
  const env = okOrAnswer(result.envelope);
  const body = bodyBuffer(env);
  countMeta(ctx, result, body.length);
  if (result.source === 'hit' || result.source === 'miss') ctx.remember(req.url, body, env.fetchedAt);
  sendJson(res, 200, body);
}

/** go-version's String(): `v1.2` → `1.2.0`, pre-release and metadata kept. */
export function normalizeModuleVersion(v: string): string | undefined {
  const m = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/.exec(v.trim());
  if (!m) return undefined;
  const segs = m[1].split('.').map((s) => String(Number(s)));
  while (segs.length < 3) segs.push('0');
  return `${segs.join('.')}${m[2] ? `-${m[2]}` : ''}${m[3] ? `+${m[3]}` : ''}`;
}

/** The upstream's own spelling of a version Terraform asked for in normalised form. */
export function originalVersion(versionsBody: string, requested: string): string {
  let versions: string[] = [];
  try {
    const doc = JSON.parse(versionsBody) as { modules?: { versions?: { version?: string }[] }[] };
    versions = (doc.modules?.[0]?.versions ?? []).map((v) => v.version ?? '').filter(Boolean);
  } catch {
    return requested;
  }
  if (versions.includes(requested)) return requested;
  const want = normalizeModuleVersion(requested);
  return versions.find((v) => want !== undefined && normalizeModuleVersion(v) === want) ?? requested;
}

/** Location from either answer form: 200 + JSON `location` (wins) or the `X-Terraform-Get` header. */
export function extractLocation(env: MetaEnvelope): { location: string; form: 'json' | 'header' } | undefined {
  if (env.status === 200 && env.body.trim()) {
    try {
      const loc = (JSON.parse(env.body) as { location?: unknown }).location;
      if (typeof loc === 'string' && loc) return { location: loc, form: 'json' };
    } catch {
      // Not JSON: Terraform only reads the header anyway.
    }
  }
  const header = env.headers?.['x-terraform-get'];
  if (header) return { location: header, form: env.status === 200 && env.body.trim() ? 'json' : 'header' };
  return undefined;
}

/** Only `/`, `./`, `../` locations are relative (resolved against the download request URL); others are source addresses. */
export function resolveLocation(location: string, downloadUrl: string): string {
  if (location.startsWith('/') || location.startsWith('./') || location.startsWith('../')) return new URL(location, downloadUrl).toString();
  return location;
}

export async function serveModuleDownload(ctx: RouteContext, res: ServerResponse, m: ModuleAddr, version: string, inbound: InboundHeaders): Promise<void> {
  const base = await serviceBase(ctx, m.host, 'modules.v1', inbound);
  const result = await ctx.meta.get(
    ctx.store.moduleMeta(m.host, m.ns, m.name, m.system, version, 'download.json'),
    async () => {
      let original = version;
      try {
        original = originalVersion(okOrAnswer((await moduleVersions(ctx, m, inbound)).envelope).body, version);
      } catch {
        // No versions list: ask for the version as given.
      }
      const url = `${base}${m.ns}/${m.name}/${m.system}/${encodeURIComponent(original)}/download`;
      const env = await ctx.upstream.getMeta(url, { inbound, routeHost: m.host, signal: ctx.signal });
      if (env.status !== 200 && env.status !== 204) return env;
      const loc = extractLocation(env);
      if (!loc) throw new UpstreamError(url, 'download response carried neither an X-Terraform-Get header nor a JSON location');
      return { fetchedAt: env.fetchedAt, status: 200, url: env.url, body: JSON.stringify({ source: resolveLocation(loc.location, url), form: loc.form }) };
    },
    `module ${m.host}/${m.ns}/${m.name}/${m.system} ${version} download`,
  );
  const env = okOrAnswer(result.envelope);
  countMeta(ctx, result, 0);
  const { source, form } = JSON.parse(env.body) as { source: string; form: 'json' | 'header' };
  const location = await proxyLocation(ctx, source);
  const jsonForm = form === 'json' || /opentofu/i.test(inbound.userAgent ?? '');
  if (jsonForm) {
    sendJson(res, 200, JSON.stringify({ location }), { 'x-terraform-get': location });
  } else {
    res.writeHead(204, { 'x-terraform-get': location });
    res.end();
  }
}

/** The proxy URL for a source (`…/archives/<id>.tar.gz[//subdir][?checksum=sha256:…]`), or the source itself when we cannot fetch it. */
async function proxyLocation(ctx: RouteContext, source: string): Promise<string> {
  const plan = planModuleSource(source);
  if (plan.kind === 'passthrough') return plan.location;
  const infoFile = ctx.store.archiveInfo(plan.id);
  let info = await ctx.store.readJson<ArchiveInfo>(infoFile);
  if (!info) await writeFileAtomic(infoFile, JSON.stringify({ source: plan.base } satisfies ArchiveInfo));
  if (!(await isFile(ctx.store.archive(plan.id)))) {
    // Fetch now (pre-signed locations expire); wait a little so we can add the checksum.
    const fill = fillArchive(ctx, plan);
    fill.catch((err: unknown) => ctx.logger.warn(`registry cache: module source ${redactSource(plan.base)}: ${errorMessage(err)}`));
    await Promise.race([fill.catch(() => {}), new Promise((r) => setTimeout(r, CHECKSUM_WAIT_MS).unref())]);
    info = await ctx.store.readJson<ArchiveInfo>(infoFile);
  }
  const sha = (await isFile(ctx.store.archive(plan.id))) ? info?.sha256 : undefined;
  return `${ctx.baseUrl()}v1/archives/${plan.id}.tar.gz${plan.subdir ? `//${plan.subdir}` : ''}${sha ? `?checksum=sha256:${sha}` : ''}`;
}

function fillArchive(ctx: RouteContext, plan: Exclude<ModuleSourcePlan, { kind: 'passthrough' }>): Promise<boolean> {
  const target = ctx.store.archive(plan.id);
  let produced = false;
  const p = ctx.store
    .fill(
      target,
      async (tmp) => {
        const subject = moduleSubject(plan.base);
        await fetchModuleArchive(plan, tmp, { upstream: ctx.upstream, signal: ctx.signal, onBytes: (n) => ctx.report.downloaded(n, subject) });
        const sha256 = await sha256File(tmp);
        const { size } = await fs.stat(tmp);
        if (plan.kind === 'git') ctx.report.downloaded(size, subject);
        await writeFileAtomic(ctx.store.archiveInfo(plan.id), JSON.stringify({ source: plan.base, sha256, size } satisfies ArchiveInfo));
        produced = true;
      },
      { sidecars: [ctx.store.archiveInfo(plan.id)] },
    )
    .then(() => {
      if (produced) ctx.report.objectAdded();
      return produced;
    });
  ctx.track(p);
  return p;
}

export async function serveArchive(ctx: RouteContext, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const target = ctx.store.archive(id);
  const info = await ctx.store.readJson<ArchiveInfo>(ctx.store.archiveInfo(id));
  const subject = info ? moduleSubject(info.source) : undefined;
  if (await isFile(target)) return sendFile(req, res, target, 'application/gzip', { report: ctx.report, hit: true, subject });
  const plan = info ? planModuleSource(info.source) : undefined;
  if (!plan || plan.kind === 'passthrough') return sendError(res, 404, `unknown module archive ${id}`);
  await fillArchive(ctx, plan);
  ctx.report.miss(subject);
  await sendFile(req, res, target, 'application/gzip', { report: ctx.report, hit: false });
}

function redactSource(source: string): string {
  return source.replace(/\?.*$/, '');
}

/** A module source as a report row: no query (pre-signed tokens) except its git `ref`, no credentials. */
export function moduleSubject(source: string): ReportSubject {
  const ref = /[?&]ref=([^&#]+)/.exec(source)?.[1];
  const bare = redactSource(source)
    .replace(/^git::/, '')
    .replace(/\/\/[^/@]*@/, '//');
  return { kind: 'module', name: ref ? `${bare}@${decodeURIComponent(ref)}` : bare };
}
