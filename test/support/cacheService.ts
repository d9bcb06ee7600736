/**
 * A loopback GitHub Actions cache: Azurite (blob storage, in memory) plus a fake Twirp
 * control plane (Cache Service v2: CreateCacheEntry / FinalizeCacheEntryUpload /
 * GetCacheEntryDownloadURL) and a fake REST caches API (list with Link pagination,
 * delete by key). The real `@actions/cache` talks to it unchanged. Fault switches
 * simulate 429, 500 and "cache write denied".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { BlobSASPermissions, BlobServiceClient, generateBlobSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-blob';

const ACCOUNT = 'devstoreaccount1';
// Azurite's published, well-known development key (not a secret).
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const CONTAINER = 'actions-cache';
const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/';

export interface HarnessEntry {
  id: number;
  key: string;
  version: string;
  blob: string;
  finalized: boolean;
  size: number;
  created: number;
  createdAt: string;
  ref: string;
}

export type Fault = 429 | 500 | 'denied';

export interface CacheServiceHarness {
  /** Env for `@actions/cache` (runtime token, results URL, v2) and the REST API. */
  env: Record<string, string>;
  entries: HarnessEntry[];
  /** RPC names called, in order. */
  calls: string[];
  /**
   * Archive bytes handed out and taken in: a download URL given for an entry of `size` bytes
   * (clients fetch it whole), an upload finalized at `size` bytes. Benchmarks sum these.
   */
  transfers: { direction: 'download' | 'upload'; key: string; size: number }[];
  /** Fault for an RPC: `times` answers (default: until cleared). */
  fault(rpc: 'CreateCacheEntry' | 'GetCacheEntryDownloadURL' | 'FinalizeCacheEntryUpload', fault: Fault, times?: number): void;
  clearFaults(): void;
  /** Extra finalized entries only the REST API sees (pagination tests). */
  seedRest(count: number, prefix?: string): void;
  reset(): void;
  /** Delete every stored blob (Azurite holds them in memory; the benchmark frees them between runs). */
  purgeBlobs(): Promise<void>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startAzurite(): Promise<{ proc: ChildProcess; port: number }> {
  const bin = path.resolve(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'azurite-blob');
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const proc = spawn(
      bin,
      ['--inMemoryPersistence', '--skipApiVersionCheck', '--loose', '--disableTelemetry', '--blobHost', '127.0.0.1', '--blobPort', String(port)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const ok = await new Promise<boolean>((resolve) => {
      let out = '';
      const timer = setTimeout(() => resolve(false), 20_000);
      const onData = (d: Buffer) => {
        out += d.toString();
        if (/successfully listen/i.test(out)) {
          clearTimeout(timer);
          resolve(true);
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.on('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    // Keep draining so a chatty emulator never blocks on a full pipe.
    proc.stdout!.resume();
    proc.stderr!.resume();
    if (ok) return { proc, port };
    proc.kill('SIGKILL');
    if (attempt >= 2) throw new Error('Azurite did not start');
  }
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  let s = '';
  for await (const c of req) s += c;
  return s;
}

export async function startCacheService(): Promise<CacheServiceHarness> {
  const { proc, port: blobPort } = await startAzurite();
  const killAzurite = () => proc.kill('SIGKILL');
  process.once('exit', killAzurite);
  const blobBase = `http://127.0.0.1:${blobPort}/${ACCOUNT}`;
  const cred = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  const service = new BlobServiceClient(blobBase, cred);
  await service.getContainerClient(CONTAINER).createIfNotExists();

  const sas = (blob: string, permissions: string) =>
    `${blobBase}/${CONTAINER}/${blob}?${generateBlobSASQueryParameters(
      { containerName: CONTAINER, blobName: blob, permissions: BlobSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + 3600_000) },
      cred,
    ).toString()}`;

  let entries: HarnessEntry[] = [];
  let restOnly: HarnessEntry[] = [];
  const calls: string[] = [];
  const transfers: CacheServiceHarness['transfers'] = [];
  let faults = new Map<string, { fault: Fault; times: number }>();
  let seq = 0;

  const faultFor = (rpc: string): Fault | undefined => {
    const f = faults.get(rpc);
    if (!f) return undefined;
    if (--f.times <= 0) faults.delete(rpc);
    return f.fault;
  };

  const twirp = async (rpc: string, body: Record<string, unknown>, res: ServerResponse) => {
    calls.push(rpc);
    const fault = faultFor(rpc);
    if (fault === 429) return json(res, 429, { code: 'resource_exhausted', msg: 'rate limited' }, { 'retry-after': '60' });
    if (fault === 500) return json(res, 500, { code: 'internal', msg: 'internal error' });
    const key = String(body.key ?? '');
    const version = String(body.version ?? '');
    if (rpc === 'CreateCacheEntry') {
      if (fault === 'denied') return json(res, 200, { ok: false, message: 'cache write denied: token has no writable scopes' });
      if (entries.some((e) => e.key === key && e.version === version)) {
        return json(res, 409, { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' });
      }
      const id = ++seq;
      const blob = `entry-${id}`;
      entries.push({
        id,
        key,
        version,
        blob,
        finalized: false,
        size: 0,
        created: id,
        createdAt: new Date(Date.now() + id).toISOString(),
        ref: 'refs/heads/main',
      });
      return json(res, 200, { ok: true, signed_upload_url: sas(blob, 'cw') });
    }
    if (rpc === 'FinalizeCacheEntryUpload') {
      const e = entries.find((x) => x.key === key && x.version === version && !x.finalized);
      if (!e) return json(res, 404, { code: 'not_found', msg: 'no pending entry' });
      e.finalized = true;
      e.size = Number(body.size_bytes ?? 0);
      transfers.push({ direction: 'upload', key, size: e.size });
      return json(res, 200, { ok: true, entry_id: String(e.id) });
    }
    if (rpc === 'GetCacheEntryDownloadURL') {
      const usable = entries.filter((e) => e.finalized && e.version === version).sort((a, b) => b.created - a.created);
      const restoreKeys = (body.restore_keys as string[] | undefined) ?? [];
      const match =
        usable.find((e) => e.key === key) ??
        usable.find((e) => e.key.startsWith(key)) ??
        restoreKeys.map((r) => usable.find((e) => e.key.startsWith(r))).find(Boolean);
      if (!match) return json(res, 200, { ok: false });
      transfers.push({ direction: 'download', key: match.key, size: match.size });
      return json(res, 200, { ok: true, signed_download_url: sas(match.blob, 'r'), matched_key: match.key });
    }
    return json(res, 404, { code: 'bad_route', msg: `no such method ${rpc}` });
  };

  const rest = (req: IncomingMessage, url: URL, res: ServerResponse) => {
    const m = /^\/repos\/([^/]+)\/([^/]+)\/actions\/caches$/.exec(url.pathname);
    if (!m) return json(res, 404, { message: 'Not Found' });
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) return json(res, 401, { message: 'Requires authentication' });
    const key = url.searchParams.get('key') ?? undefined;
    if (req.method === 'DELETE') {
      if (!key) return json(res, 422, { message: 'key is required' });
      const gone = [...entries, ...restOnly].filter((e) => e.key === key);
      if (gone.length === 0) return json(res, 404, { message: 'Not Found' });
      entries = entries.filter((e) => e.key !== key);
      restOnly = restOnly.filter((e) => e.key !== key);
      return json(res, 200, { total_count: gone.length, actions_caches: gone.map(restView) });
    }
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const all = [...entries.filter((e) => e.finalized), ...restOnly].filter((e) => !key || e.key.startsWith(key)).sort((a, b) => b.created - a.created);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number) => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    const links = [];
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return json(res, 200, { total_count: all.length, actions_caches: slice.map(restView) }, links.length ? { link: links.join(', ') } : {});
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    void (async () => {
      try {
        if (req.method === 'POST' && url.pathname.startsWith(TWIRP)) {
          const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
          return await twirp(url.pathname.slice(TWIRP.length), body, res);
        }
        return rest(req, url, res);
      } catch (err) {
        json(res, 500, { code: 'internal', msg: String(err) });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  return {
    env: {
      ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token',
      ACTIONS_RESULTS_URL: `${base}/`,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_API_URL: base,
      GITHUB_TOKEN: 'fake-rest-token',
      NO_PROXY: '127.0.0.1,localhost',
    },
    get entries() {
      return entries;
    },
    calls,
    transfers,
    fault(rpc, fault, times = Infinity) {
      faults.set(rpc, { fault, times });
    },
    clearFaults() {
      faults = new Map();
    },
    seedRest(count, prefix = 'seed-') {
      for (let i = 0; i < count; i++) {
        const id = ++seq;
        restOnly.push({
          id,
          key: `${prefix}${i}`,
          version: 'v',
          blob: '',
          finalized: true,
          size: 10,
          created: id,
          createdAt: new Date().toISOString(),
          ref: 'refs/heads/main',
        });
      }
    },
    reset() {
      entries = [];
      restOnly = [];
      calls.length = 0;
      transfers.length = 0;
      faults = new Map();
    },
    async purgeBlobs() {
      const container = service.getContainerClient(CONTAINER);
      for await (const blob of container.listBlobsFlat()) await container.deleteBlob(blob.name);
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      process.removeListener('exit', killAzurite);
      proc.kill('SIGKILL');
    },
  };
}

function restView(e: HarnessEntry) {
  return { id: e.id, ref: e.ref, key: e.key, version: e.version, last_accessed_at: e.createdAt, created_at: e.createdAt, size_in_bytes: e.size };
}
