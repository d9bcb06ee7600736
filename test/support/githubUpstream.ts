import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UpstreamConditions } from './upstreamConditions.js';

/**
 * A fake GitHub (REST API + release downloads) and a plain download host on loopback,
 * for toolchain tests and benchmarks. Reusable by any area:
 *
 *   const up = await startGithubUpstream();
 *   up.addRelease('hashicorp', 'terraform', 'v1.9.8', { 'terraform_1.9.8_linux_amd64.zip': zipBytes });
 *   up.addFile('/terraform/1.9.8/terraform_1.9.8_SHA256SUMS', sums);   // on the download host
 *   env: { ...up.env }   // GITHUB_SERVER_URL / GITHUB_API_URL pointing at the fake
 *   up.count('/api/')     // requests whose path starts with /api/ (any host)
 *   up.failNext('/hashicorp/…', { status: 500, times: 1 });
 *   await up.close();
 *   startGithubUpstream({ conditions })   // internet-like latency/bandwidth/faults (upstreamConditions.ts); off by default
 *
 * GitHub host:  GET /api/v3/repos/{o}/{r}/releases (Link-paged, `per_page` honoured up to
 *               `maxPerPage`), /releases/tags/{tag} (assets carry `digest: sha256:…`),
 *               /tags, /attestations/{sha256:hex}; downloads at /{o}/{r}/releases/download/{tag}/{asset}.
 * Download host: any path registered with `addFile` (e.g. /terraform/1.9.8/…).
 */
export interface FakeRelease {
  tag: string;
  prerelease?: boolean;
  draft?: boolean;
  assets: Map<string, Buffer>;
  /** Publish the API `digest` for assets (default true). */
  digests: boolean;
}

export interface RecordedRequest {
  host: 'github' | 'download';
  method: string;
  path: string;
  authorization?: string;
}

interface Fault {
  kind: 'status' | 'truncate' | 'rateLimit' | 'slow';
  prefix: string;
  times: number;
  status?: number;
  resetEpoch?: number;
  /** slow: bytes per tick and tick ms. */
  chunk?: number;
  delayMs?: number;
}

export interface GithubUpstream {
  /** GitHub server base, e.g. http://127.0.0.1:1234 (GITHUB_SERVER_URL). */
  readonly serverUrl: string;
  /** `${serverUrl}/api/v3` (GITHUB_API_URL). */
  readonly apiUrl: string;
  /** The plain download host base, e.g. http://127.0.0.1:1235. */
  readonly downloadUrl: string;
  /** `{GITHUB_SERVER_URL, GITHUB_API_URL}` for the fake. */
  readonly env: Record<string, string>;
  readonly requests: RecordedRequest[];
  /** Largest page the releases API returns (default 100); lower it to test Link paging. */
  maxPerPage: number;
  addRelease(
    owner: string,
    repo: string,
    tag: string,
    assets: Record<string, Buffer | string>,
    options?: { prerelease?: boolean; draft?: boolean; digests?: boolean },
  ): void;
  /** Extra tags (for `github_tag` version sources). */
  addTags(owner: string, repo: string, tags: string[]): void;
  /** A file on the download host. */
  addFile(path: string, body: Buffer | string): void;
  /** An artifact attestation (a Sigstore bundle) for `sha256:<hex>`, served by the attestations API. */
  addAttestation(owner: string, repo: string, digest: string, bundle: object): void;
  /** Forget the attestations of a repo. */
  clearAttestations(owner: string, repo: string): void;
  /** Release downloads on the GitHub host answer with a 302 to the download host (as GitHub does to its CDN). */
  redirectDownloads(on: boolean): void;
  /** Number of requests whose path starts with `prefix` (optionally on one host). */
  count(prefix?: string, host?: 'github' | 'download'): number;
  /** Requests to the API (`/api/`). */
  apiCalls(): number;
  /** Next `times` requests under `prefix` answer `status` (default 500). */
  failNext(prefix: string, options?: { status?: number; times?: number }): void;
  /** Next `times` requests under `prefix` announce the full Content-Length but send half the body. */
  truncateNext(prefix: string, times?: number): void;
  /** API requests under `prefix` answer 403 with `x-ratelimit-remaining: 0` until cleared. */
  rateLimit(prefix: string, resetEpoch: number, times?: number): void;
  /** Serve bodies under `prefix` slowly (chunk bytes every delayMs). */
  slow(prefix: string, options?: { chunk?: number; delayMs?: number; times?: number }): void;
  /**
   * Hold the bodies of requests for any of `paths` (exact) until `arrivals` of them have come
   * in, then serve them all (and later ones at once): makes "were these downloads
   * concurrent?" deterministic.
   */
  gate(paths: string[], arrivals: number): void;
  /** Most requests for any of `paths` (exact) open at the same moment (since the last resetCounts). */
  peakInFlight(paths: string[]): number;
  clearFaults(): void;
  resetCounts(): void;
  close(): Promise<void>;
}

export function sha256(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('hex');
}

export interface GithubUpstreamOptions {
  /** Latency, bandwidth and fault schedule for both hosts (API paths count as `api`, the rest as downloads). */
  conditions?: UpstreamConditions;
}

export async function startGithubUpstream(options: GithubUpstreamOptions = {}): Promise<GithubUpstream> {
  const releases = new Map<string, FakeRelease[]>();
  const tags = new Map<string, string[]>();
  const files = new Map<string, Buffer>();
  const attestations = new Map<string, object[]>();
  const requests: RecordedRequest[] = [];
  let faults: Fault[] = [];
  let redirect = false;
  let gates: { paths: string[]; arrivals: number; waiting: (() => void)[] }[] = [];
  /** Request opened (+1) and closed (-1), in order, for peakInFlight. */
  const openClose: { path: string; delta: 1 | -1 }[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const takeFault = (path: string, kinds: Fault['kind'][]): Fault | undefined => {
    const f = faults.find((x) => kinds.includes(x.kind) && path.startsWith(x.prefix) && x.times > 0);
    if (f) f.times--;
    return f;
  };

  const send = (res: http.ServerResponse, path: string, body: Buffer, type = 'application/octet-stream') => {
    const gate = gates.find((g) => g.paths.includes(path));
    if (gate && gate.arrivals > 0) {
      gate.waiting.push(() => sendNow(res, path, body, type));
      gate.arrivals--;
      if (gate.arrivals === 0) for (const go of gate.waiting.splice(0)) go();
      return;
    }
    sendNow(res, path, body, type);
  };

  const sendNow = (res: http.ServerResponse, path: string, body: Buffer, type: string) => {
    const fault = takeFault(path, ['truncate', 'slow']);
    if (fault?.kind === 'truncate') {
      res.writeHead(200, { 'content-type': type, 'content-length': String(body.length) });
      res.write(body.subarray(0, Math.floor(body.length / 2)));
      // Drop the connection: the client sees fewer bytes than announced.
      setImmediate(() => res.socket?.destroy());
      return;
    }
    if (fault?.kind === 'slow') {
      res.writeHead(200, { 'content-type': type, 'content-length': String(body.length) });
      let off = 0;
      const tick = () => {
        if (res.destroyed) return;
        if (off >= body.length) return void res.end();
        res.write(body.subarray(off, off + (fault.chunk ?? 1024)));
        off += fault.chunk ?? 1024;
        setTimeout(tick, fault.delayMs ?? 50);
      };
      tick();
      return;
    }
    res.writeHead(200, { 'content-type': type, 'content-length': String(body.length) });
    res.end(body);
  };

  const json = (res: http.ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) => {
    const body = Buffer.from(JSON.stringify(data));
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(body.length), ...headers });
    res.end(body);
  };

  const releaseJson = (base: string, owner: string, repo: string, r: FakeRelease) => ({
    tag_name: r.tag,
    name: r.tag,
    draft: !!r.draft,
    prerelease: !!r.prerelease,
    published_at: '2026-01-01T00:00:00Z',
    assets: [...r.assets].map(([name, body]) => ({
      name,
      size: body.length,
      browser_download_url: `${base}/${owner}/${repo}/releases/download/${r.tag}/${name}`,
      digest: r.digests ? `sha256:${sha256(body)}` : null,
    })),
  });

  const servers: http.Server[] = [];
  const listen = (handler: http.RequestListener) =>
    new Promise<string>((resolve) => {
      const { conditions } = options;
      const server = http.createServer(conditions ? conditions.wrap((req) => ((req.url ?? '').startsWith('/api/') ? 'api' : 'download'), handler) : handler);
      server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      servers.push(server);
      server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
    });

  let serverUrl = '';
  let downloadUrl = '';

  const common = (host: RecordedRequest['host'], req: http.IncomingMessage, res: http.ServerResponse): string | undefined => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ host, method: req.method ?? 'GET', path: url.pathname + url.search, authorization: req.headers.authorization });
    openClose.push({ path: url.pathname, delta: 1 });
    res.on('close', () => openClose.push({ path: url.pathname, delta: -1 }));
    const fault = takeFault(url.pathname, ['status', 'rateLimit']);
    if (fault?.kind === 'status') {
      json(res, fault.status ?? 500, { message: 'fake failure' });
      return undefined;
    }
    if (fault?.kind === 'rateLimit') {
      json(
        res,
        403,
        { message: 'API rate limit exceeded for 127.0.0.1.' },
        {
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(fault.resetEpoch),
        },
      );
      return undefined;
    }
    return url.pathname;
  };

  serverUrl = await listen((req, res) => {
    const pathname = common('github', req, res);
    if (pathname === undefined) return;
    const url = new URL(req.url ?? '/', serverUrl);
    let m = /^\/api\/v3\/repos\/([^/]+)\/([^/]+)\/releases\/tags\/(.+)$/.exec(pathname);
    if (m) {
      const [, o, r, tag] = m;
      const rel = releases.get(`${o}/${r}`)?.find((x) => x.tag === decodeURIComponent(tag));
      return rel ? json(res, 200, releaseJson(serverUrl, o, r, rel)) : json(res, 404, { message: 'Not Found' });
    }
    m = /^\/api\/v3\/repos\/([^/]+)\/([^/]+)\/attestations\/(.+)$/.exec(pathname);
    if (m) {
      const list = attestations.get(`${m[1]}/${m[2]}/${decodeURIComponent(m[3])}`) ?? [];
      if (!list.length) return json(res, 404, { message: 'Not Found' });
      // Through send(): a gate can hold an asset download until this lookup arrives.
      return send(res, pathname, Buffer.from(JSON.stringify({ attestations: list.map((bundle) => ({ bundle, repository_id: 1 })) })), 'application/json');
    }
    m = /^\/api\/v3\/repos\/([^/]+)\/([^/]+)\/(releases|tags)$/.exec(pathname);
    if (m) {
      const [, o, r, kind] = m;
      const all =
        kind === 'releases'
          ? (releases.get(`${o}/${r}`) ?? [])
              .slice()
              .reverse()
              .map((x) => releaseJson(serverUrl, o, r, x))
          : [...(tags.get(`${o}/${r}`) ?? []), ...(releases.get(`${o}/${r}`) ?? []).map((x) => x.tag)].reverse().map((name) => ({ name }));
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), api.maxPerPage);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number) => {
        const u = new URL(url);
        u.searchParams.set('page', String(p));
        return u.toString();
      };
      const headers: Record<string, string> = {};
      if (page < last) headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
      return json(res, 200, slice, headers);
    }
    m = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/(.+)$/.exec(pathname);
    if (m) {
      const [, o, r, tag, asset] = m;
      const rel = releases.get(`${o}/${r}`)?.find((x) => x.tag === decodeURIComponent(tag));
      const body = rel?.assets.get(decodeURIComponent(asset));
      if (!body) return json(res, 404, { message: 'Not Found' });
      if (redirect) {
        res.writeHead(302, { location: `${downloadUrl}/github-cdn${pathname}` });
        return void res.end();
      }
      return send(res, pathname, body);
    }
    json(res, 404, { message: 'Not Found' });
  });

  downloadUrl = await listen((req, res) => {
    const pathname = common('download', req, res);
    if (pathname === undefined) return;
    const cdn = /^\/github-cdn\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/(.+)$/.exec(pathname);
    if (cdn) {
      const [, o, r, tag, asset] = cdn;
      const body = releases
        .get(`${o}/${r}`)
        ?.find((x) => x.tag === tag)
        ?.assets.get(decodeURIComponent(asset));
      return body ? send(res, pathname, body) : json(res, 404, { message: 'Not Found' });
    }
    const body = files.get(decodeURIComponent(pathname));
    if (!body) return json(res, 404, { message: 'Not Found' });
    send(res, pathname, body);
  });

  const api: GithubUpstream = {
    serverUrl,
    apiUrl: `${serverUrl}/api/v3`,
    downloadUrl,
    env: { GITHUB_SERVER_URL: serverUrl, GITHUB_API_URL: `${serverUrl}/api/v3` },
    requests,
    maxPerPage: 100,
    addRelease(owner, repo, tag, assets, options = {}) {
      const list = releases.get(`${owner}/${repo}`) ?? [];
      const existing = list.find((r) => r.tag === tag);
      const map = existing?.assets ?? new Map<string, Buffer>();
      for (const [k, v] of Object.entries(assets)) map.set(k, Buffer.from(v));
      if (!existing) list.push({ tag, prerelease: options.prerelease, draft: options.draft, assets: map, digests: options.digests ?? true });
      else if (options.digests !== undefined) existing.digests = options.digests;
      releases.set(`${owner}/${repo}`, list);
    },
    addTags(owner, repo, list) {
      tags.set(`${owner}/${repo}`, [...(tags.get(`${owner}/${repo}`) ?? []), ...list]);
    },
    addFile(path, body) {
      files.set(path, Buffer.from(body));
    },
    addAttestation(owner, repo, digest, bundle) {
      const key = `${owner}/${repo}/${digest}`;
      attestations.set(key, [...(attestations.get(key) ?? []), bundle]);
    },
    clearAttestations(owner, repo) {
      for (const key of [...attestations.keys()]) if (key.startsWith(`${owner}/${repo}/`)) attestations.delete(key);
    },
    redirectDownloads(on) {
      redirect = on;
    },
    count(prefix = '/', host) {
      return requests.filter((r) => r.path.startsWith(prefix) && (!host || r.host === host)).length;
    },
    apiCalls() {
      return requests.filter((r) => r.path.startsWith('/api/')).length;
    },
    failNext(prefix, options = {}) {
      faults.push({ kind: 'status', prefix, times: options.times ?? 1, status: options.status ?? 500 });
    },
    truncateNext(prefix, times = 1) {
      faults.push({ kind: 'truncate', prefix, times });
    },
    rateLimit(prefix, resetEpoch, times = Number.MAX_SAFE_INTEGER) {
      faults.push({ kind: 'rateLimit', prefix, times, resetEpoch });
    },
    slow(prefix, options = {}) {
      faults.push({ kind: 'slow', prefix, times: options.times ?? Number.MAX_SAFE_INTEGER, chunk: options.chunk, delayMs: options.delayMs });
    },
    gate(paths, arrivals) {
      gates.push({ paths, arrivals, waiting: [] });
    },
    peakInFlight(paths) {
      let open = 0;
      let peak = 0;
      for (const e of openClose) {
        if (!paths.includes(e.path)) continue;
        open += e.delta;
        peak = Math.max(peak, open);
      }
      return peak;
    },
    clearFaults() {
      faults = [];
      for (const g of gates) for (const go of g.waiting.splice(0)) go();
      gates = [];
    },
    resetCounts() {
      requests.length = 0;
      // Keep the opens of requests still in flight, so their closes do not go negative.
      const open = new Map<string, number>();
      for (const e of openClose) open.set(e.path, (open.get(e.path) ?? 0) + e.delta);
      openClose.length = 0;
      for (const [path, n] of open) for (let i = 0; i < n; i++) openClose.push({ path, delta: 1 });
    },
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    },
  };
  return api;
}
