import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback front for the fake GitHub REST API (test/support/githubUpstream.ts) that fills in
 * the release/asset fields the test fake leaves out but real clients require: mise's serde
 * structs refuse a release without `created_at` or an asset without its API `url` ("missing
 * field `url`"). Only the API goes through here; release downloads go to the fake directly,
 * so the shim adds no hop to the bytes being measured.
 */
export interface ApiShim {
  /** Base URL to use as GITHUB_API_URL (`…/api/v3`). */
  readonly apiUrl: string;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

const idOf = (s: string) => Number.parseInt(createHash('sha256').update(s).digest('hex').slice(0, 10), 16);

function enrichRelease(release: Json, api: string, repo: string): Json {
  const tag = String(release.tag_name);
  const id = idOf(`${repo}@${tag}`);
  const stamp = String(release.published_at ?? '2026-01-01T00:00:00Z');
  const assets = Array.isArray(release.assets) ? (release.assets as Json[]) : [];
  return {
    id,
    url: `${api}/repos/${repo}/releases/${id}`,
    html_url: `https://github.com/${repo}/releases/tag/${tag}`,
    tarball_url: `${api}/repos/${repo}/tarball/${tag}`,
    zipball_url: `${api}/repos/${repo}/zipball/${tag}`,
    target_commitish: 'main',
    body: '',
    created_at: stamp,
    published_at: stamp,
    ...release,
    assets: assets.map((a) => ({
      id: idOf(`${repo}@${tag}/${String(a.name)}`),
      url: `${api}/repos/${repo}/releases/assets/${idOf(`${repo}@${tag}/${String(a.name)}`)}`,
      content_type: 'application/octet-stream',
      state: 'uploaded',
      download_count: 0,
      created_at: stamp,
      updated_at: stamp,
      ...a,
    })),
  };
}

export async function startApiShim(fakeApiUrl: string): Promise<ApiShim> {
  const sockets = new Set<import('node:net').Socket>();
  let shimApi = '';
  const server = http.createServer((req, res) => {
    const target = fakeApiUrl + (req.url ?? '/').replace(/^\/api\/v3/, '');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host') headers[k] = v;
    fetch(target, { method: req.method, headers, redirect: 'manual' })
      .then(async (up) => {
        let body = Buffer.from(await up.arrayBuffer());
        const out: Record<string, string> = {};
        up.headers.forEach((v, k) => {
          if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k)) out[k] = v.split(fakeApiUrl).join(shimApi);
        });
        const m = /^\/api\/v3\/repos\/([^/]+\/[^/]+)\/releases(\/tags\/.+)?(\?.*)?$/.exec(req.url ?? '');
        if (m && up.ok && (up.headers.get('content-type') ?? '').includes('json')) {
          const data = JSON.parse(body.toString('utf8')) as Json | Json[];
          const enriched = Array.isArray(data) ? data.map((r) => enrichRelease(r, shimApi, m[1])) : enrichRelease(data, shimApi, m[1]);
          body = Buffer.from(JSON.stringify(enriched));
        }
        res.writeHead(up.status, { ...out, 'content-length': String(body.length) });
        res.end(body);
      })
      .catch((err: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  shimApi = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
  return {
    apiUrl: shimApi,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
