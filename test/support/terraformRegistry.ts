import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import * as openpgp from 'openpgp';
import yazl from 'yazl';
import type { UpstreamConditions } from './upstreamConditions.js';

/**
 * A fake upstream Terraform registry on 127.0.0.1 (one instance = one registry host):
 * discovery document with relative service URLs, provider registry with real SHA256SUMS
 * and a real detached GPG signature, module registry answering 204+header or 200+JSON,
 * plain files (zips, archives), an optional required token, outage switches and a
 * per-request log.
 */
export interface FakeProvider {
  ns: string;
  type: string;
  versions: { version: string; platforms: { os: string; arch: string }[] }[];
  /** Size of the provider binary inside each zip (default 16 KiB; incompressible when set). */
  binaryBytes?: number;
}

export interface FakeModule {
  ns: string;
  name: string;
  system: string;
  /** Version strings exactly as the registry publishes them (e.g. `v1.2`). */
  versions: string[];
  /** Download location per published version (absolute, relative `/…`, or `git::…`). */
  location: (version: string) => string;
  form: 'header' | 'json';
}

export interface SigningKey {
  privateKey: openpgp.PrivateKey;
  armoredPublicKey: string;
  keyId: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  userAgent?: string;
}

export type Outage = false | '5xx' | 'reset' | 'hang' | 'hang-files';

export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await openpgp.generateKey({
    type: 'ecc',
    userIDs: [{ name: 'Fake Registry', email: 'fake@example.test' }],
    format: 'object',
  });
  return { privateKey, armoredPublicKey: publicKey.armor(), keyId: privateKey.getKeyID().toHex().toUpperCase() };
}

export async function makeZip(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries))
    if (name.endsWith('/')) zip.addEmptyDirectory(name, { mtime: new Date(0) });
    else zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, { mtime: new Date(0), compress: false });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

export class FakeRegistry {
  readonly requests: RecordedRequest[] = [];
  outage: Outage = false;
  /** Delay (ms) between 1 KiB chunks of provider zips — for mid-fill tests. */
  zipChunkDelayMs = 0;
  /** Extra latency (ms) on every response. */
  latencyMs = 0;
  /** `<type>_<version>_<os>_<arch>` whose zip is served with wrong bytes. */
  readonly corruptZips = new Set<string>();
  readonly files = new Map<string, { body: Buffer; type: string }>();
  /** path → absolute URL answered with a 302. */
  readonly redirects = new Map<string, string>();
  /** Most provider `download` metadata requests in flight at once. */
  maxDownloadMetaInFlight = 0;
  private downloadMetaInFlight = 0;
  private server!: http.Server;
  private readonly sockets = new Set<Socket>();
  port = 0;
  private readonly sums = new Map<string, { text: string; sig: Buffer }>();

  constructor(
    readonly host: string,
    private readonly options: {
      providers?: FakeProvider[];
      modules?: FakeModule[];
      signingKey: SigningKey;
      token?: string;
      /** Serve provider zips/SHA256SUMS from this other fake (a separate download host). */
      downloadsOn?: FakeRegistry;
      /** Extra discovery services (e.g. tfe.v2, login.v1). */
      extraServices?: Record<string, unknown>;
      /** Latency, bandwidth and fault schedule (upstreamConditions.ts): `/files/` and `/archives/` are downloads, the rest API. Off by default. */
      conditions?: UpstreamConditions;
    },
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const handler: http.RequestListener = (req, res) => void this.handle(req, res);
    const { conditions } = this.options;
    const isDownload = (req: http.IncomingMessage) => /^\/(files|archives)\//.test(req.url ?? '');
    this.server = http.createServer(conditions ? conditions.wrap((req) => (isDownload(req) ? 'download' : 'api'), handler) : handler);
    this.server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server.listen(this.port, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    await this.buildProviders();
    return this;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  count(pathIncludes: string, method?: string): number {
    return this.requests.filter((r) => r.path.includes(pathIncludes) && (!method || r.method === method)).length;
  }

  zipName(type: string, version: string, os: string, arch: string): string {
    return `terraform-provider-${type}_${version}_${os}_${arch}.zip`;
  }

  zipBytes(type: string, version: string, os: string, arch: string): Buffer {
    const host = this.options.downloadsOn ?? this;
    return host.files.get(`/files/${this.host}/${type}/${version}/${this.zipName(type, version, os, arch)}`)!.body;
  }

  shasumsText(type: string, version: string): string {
    return this.sums.get(`${type}_${version}`)!.text;
  }

  private async buildProviders(): Promise<void> {
    const fileHost = this.options.downloadsOn ?? this;
    for (const p of this.options.providers ?? []) {
      for (const v of p.versions) {
        const lines: string[] = [];
        for (const pl of v.platforms) {
          // Sizeable enough to stream in several chunks, tiny enough to keep tests fast.
          const head = `#!fake ${p.type} ${v.version} ${pl.os}_${pl.arch}\n`;
          const zip = await makeZip({
            [`terraform-provider-${p.type}_v${v.version}`]: p.binaryBytes
              ? Buffer.concat([Buffer.from(head), randomBytes(p.binaryBytes)])
              : `${head}${'x'.repeat(16 * 1024)}`,
          });
          const name = this.zipName(p.type, v.version, pl.os, pl.arch);
          fileHost.files.set(`/files/${this.host}/${p.type}/${v.version}/${name}`, { body: zip, type: 'application/zip' });
          lines.push(`${sha256(zip)}  ${name}`);
        }
        const text = `${lines.join('\n')}\n`;
        const sig = (await openpgp.sign({
          message: await openpgp.createMessage({ binary: Buffer.from(text) }),
          signingKeys: this.options.signingKey.privateKey,
          detached: true,
          format: 'binary',
        })) as Uint8Array;
        this.sums.set(`${p.type}_${v.version}`, { text, sig: Buffer.from(sig) });
        const sumsName = `terraform-provider-${p.type}_${v.version}_SHA256SUMS`;
        fileHost.files.set(`/files/${this.host}/${p.type}/${v.version}/${sumsName}`, { body: Buffer.from(text), type: 'text/plain' });
        fileHost.files.set(`/files/${this.host}/${p.type}/${v.version}/${sumsName}.sig`, { body: Buffer.from(sig), type: 'application/octet-stream' });
      }
    }
  }

  private json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const buf = Buffer.from(JSON.stringify(body));
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': buf.length, ...headers });
    res.end(buf);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, authorization: req.headers.authorization, userAgent: req.headers['user-agent'] });
    if (/^\/v1\/providers\/.*\/download\//.test(url.pathname)) {
      this.downloadMetaInFlight++;
      this.maxDownloadMetaInFlight = Math.max(this.maxDownloadMetaInFlight, this.downloadMetaInFlight);
      res.once('close', () => this.downloadMetaInFlight--);
    }
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (this.outage === 'reset') return void req.socket.destroy();
    // Accept and never answer (close() ends the socket): everything, or only file downloads.
    if (this.outage === 'hang' || (this.outage === 'hang-files' && (url.pathname.startsWith('/files/') || url.pathname.startsWith('/archives/')))) return;
    if (this.outage === '5xx') return this.json(res, 503, { errors: ['fake registry is down'] });
    const isFile = url.pathname.startsWith('/files/') || url.pathname.startsWith('/archives/');
    if (this.options.token && !isFile && req.headers.authorization !== `Bearer ${this.options.token}`) {
      return this.json(res, 401, { errors: ['unauthorized'] });
    }
    const redirect = this.redirects.get(url.pathname);
    if (redirect) {
      res.writeHead(302, { location: redirect });
      return void res.end();
    }
    if (url.pathname === '/.well-known/terraform.json') {
      return this.json(res, 200, { 'providers.v1': '/v1/providers/', 'modules.v1': '/v1/modules/', ...(this.options.extraServices ?? {}) });
    }
    const file = this.files.get(url.pathname);
    if (file) return this.sendFile(req, res, url.pathname, file);
    const s = url.pathname.split('/').filter(Boolean);
    if (s[0] === 'v1' && s[1] === 'providers') return this.providers(res, s.slice(2));
    if (s[0] === 'v1' && s[1] === 'modules') return this.modules(res, s.slice(2));
    this.json(res, 404, { errors: ['not found'] });
  }

  private async sendFile(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, file: { body: Buffer; type: string }): Promise<void> {
    let body = file.body;
    const base = pathname.split('/').pop() ?? '';
    const m = /^terraform-provider-(.+)_([^_]+)_([^_]+)_([^_]+)\.zip$/.exec(base);
    if (m && this.corruptZips.has(`${m[1]}_${m[2]}_${m[3]}_${m[4]}`)) body = Buffer.concat([body.subarray(0, body.length - 4), Buffer.from('XXXX')]);
    res.writeHead(200, { 'content-type': file.type, 'content-length': body.length });
    if (req.method === 'HEAD') return void res.end();
    if (!this.zipChunkDelayMs || !m) return void res.end(body);
    for (let i = 0; i < body.length; i += 1024) {
      if (res.destroyed) return;
      res.write(body.subarray(i, i + 1024));
      await new Promise((r) => setTimeout(r, this.zipChunkDelayMs));
    }
    res.end();
  }

  private providers(res: http.ServerResponse, s: string[]): void {
    const p = (this.options.providers ?? []).find((x) => x.ns === s[0] && x.type === s[1]);
    if (!p) return this.json(res, 404, { errors: ['Not Found'] });
    if (s.length === 3 && s[2] === 'versions') {
      return this.json(res, 200, {
        id: `${p.ns}/${p.type}`,
        versions: p.versions.map((v) => ({ version: v.version, protocols: ['5.0'], platforms: v.platforms })),
        warnings: null,
      });
    }
    if (s.length === 6 && s[3] === 'download') {
      const v = p.versions.find((x) => x.version === s[2]);
      const pl = v?.platforms.find((x) => x.os === s[4] && x.arch === s[5]);
      if (!v || !pl) return this.json(res, 404, { errors: ['Not Found'] });
      const name = this.zipName(p.type, v.version, pl.os, pl.arch);
      const filesBase = this.options.downloadsOn ? this.options.downloadsOn.url : '';
      const dir = `${filesBase}/files/${this.host}/${p.type}/${v.version}`;
      const zip = this.zipBytes(p.type, v.version, pl.os, pl.arch);
      return this.json(res, 200, {
        protocols: ['5.0'],
        os: pl.os,
        arch: pl.arch,
        filename: name,
        // Relative on the registry host, absolute on a download host: both forms get exercised.
        download_url: `${dir}/${name}`,
        shasums_url: `${dir}/terraform-provider-${p.type}_${v.version}_SHA256SUMS`,
        shasums_signature_url: `${dir}/terraform-provider-${p.type}_${v.version}_SHA256SUMS.sig`,
        shasum: sha256(zip),
        signing_keys: {
          gpg_public_keys: [
            {
              key_id: this.options.signingKey.keyId,
              ascii_armor: this.options.signingKey.armoredPublicKey,
              trust_signature: '',
              source: 'Fake',
              source_url: null,
            },
          ],
        },
      });
    }
    this.json(res, 404, { errors: ['Not Found'] });
  }

  private modules(res: http.ServerResponse, s: string[]): void {
    const m = (this.options.modules ?? []).find((x) => x.ns === s[0] && x.name === s[1] && x.system === s[2]);
    if (!m) return this.json(res, 404, { errors: ['Not Found'] });
    if (s.length === 4 && s[3] === 'versions') {
      return this.json(res, 200, { modules: [{ source: `${m.ns}/${m.name}/${m.system}`, versions: m.versions.map((version) => ({ version })) }] });
    }
    if (s.length === 5 && s[4] === 'download') {
      const version = decodeURIComponent(s[3]);
      if (!m.versions.includes(version)) return this.json(res, 404, { errors: ['Not Found'] });
      const location = m.location(version);
      if (m.form === 'json') return this.json(res, 200, { location });
      res.writeHead(204, { 'x-terraform-get': location });
      return void res.end();
    }
    this.json(res, 404, { errors: ['Not Found'] });
  }
}
