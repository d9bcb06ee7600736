import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as openpgp from 'openpgp';
import * as tar from 'tar';
import { Agent, request, type Dispatcher } from 'undici';
import { h1OfZip } from '../../src/mirror/hashes.js';

/**
 * A client performing Terraform's / OpenTofu's request sequences against the proxy
 * (protocol brief §8) and the checks the real CLIs make: SHA256SUMS line ↔ shasum ↔ zip,
 * the detached GPG signature, mirror hashes, module archive checksums.
 */
export interface ClientResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  url: string;
}

export class TerraformClient {
  readonly log: { method: string; url: string; status: number }[] = [];
  private readonly dispatcher: Dispatcher;

  constructor(private readonly options: { userAgent?: string; ca?: string; token?: string } = {}) {
    this.dispatcher = new Agent({ connect: options.ca ? { ca: options.ca } : {}, keepAliveTimeout: 1000 });
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  async get(url: string, opts: { method?: 'GET' | 'HEAD'; auth?: boolean } = {}): Promise<ClientResponse> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent ?? 'HashiCorp Terraform/1.9.0 (+https://www.terraform.io)',
      'x-terraform-version': '1.9.0',
    };
    if (opts.auth && this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    const res = await request(url, { method: opts.method ?? 'GET', headers, dispatcher: this.dispatcher });
    const body = Buffer.from(await res.body.arrayBuffer());
    const flat: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
    this.log.push({ method: opts.method ?? 'GET', url, status: res.statusCode });
    return { status: res.statusCode, headers: flat, body, url };
  }

  async json<T>(url: string, opts: { auth?: boolean } = {}): Promise<T> {
    const res = await this.get(url, opts);
    if (res.status !== 200) throw new Error(`GET ${url} → ${res.status}: ${res.body.toString()}`);
    if (!/^application\/json(;|$)/.test(res.headers['content-type'] ?? ''))
      throw new Error(`response has invalid Content-Type: ${res.headers['content-type']}`);
    return JSON.parse(res.body.toString()) as T;
  }

  /** Mode R (§8.4): versions → download → SHA256SUMS + .sig → zip, with every verification Terraform makes. */
  async installProviderRegistry(providersBase: string, ns: string, type: string, platform: { os: string; arch: string }, version?: string) {
    const versions = await this.json<{ versions: { version: string }[] }>(`${providersBase}${ns}/${type}/versions`, { auth: true });
    const chosen =
      version ??
      versions.versions
        .map((v) => v.version)
        .sort(compareVersions)
        .pop()!;
    const dlUrl = `${providersBase}${ns}/${type}/${chosen}/download/${platform.os}/${platform.arch}`;
    const meta = await this.json<{
      os: string;
      arch: string;
      filename: string;
      download_url: string;
      shasums_url: string;
      shasums_signature_url: string;
      shasum: string;
      signing_keys: { gpg_public_keys: { ascii_armor: string }[] };
    }>(dlUrl, { auth: true });
    if (meta.os !== platform.os || meta.arch !== platform.arch) throw new Error('registry response has incorrect target');
    if (!/^[0-9a-f]{64}$/.test(meta.shasum)) throw new Error('bad shasum');
    const sums = await this.get(new URL(meta.shasums_url, dlUrl).toString());
    const sig = await this.get(new URL(meta.shasums_signature_url, dlUrl).toString());
    if (sums.status !== 200 || sig.status !== 200) throw new Error(`shasums ${sums.status} / sig ${sig.status}`);
    const lines = parseSums(sums.body.toString());
    if (lines.get(meta.filename) !== meta.shasum) throw new Error('SHA256SUMS entry does not match shasum');
    const zip = await this.get(new URL(meta.download_url, dlUrl).toString());
    if (zip.status !== 200) throw new Error(`zip → ${zip.status}`);
    const zipSha = sha256(zip.body);
    if (zipSha !== meta.shasum) throw new Error(`zip sha256 ${zipSha} != shasum ${meta.shasum}`);
    const signatureValid = await verifySignature(
      sums.body,
      sig.body,
      meta.signing_keys.gpg_public_keys.map((k) => k.ascii_armor),
    );
    if (!signatureValid) throw new Error('GPG signature did not verify');
    return { version: chosen, meta, zip: zip.body, h1: await h1Of(zip.body), zhHashes: [...lines.values()].map((h) => `zh:${h}`), signatureValid };
  }

  /** Mode M (§8.3): index.json → <version>.json → zip resolved against the final URL, hashes checked. */
  async installProviderMirror(mirrorBase: string, host: string, ns: string, type: string, platform: { os: string; arch: string }, version?: string) {
    const index = await this.json<{ versions: Record<string, object> }>(`${mirrorBase}${host}/${ns}/${type}/index.json`);
    const chosen = version ?? Object.keys(index.versions).sort(compareVersions).pop()!;
    const vUrl = `${mirrorBase}${host}/${ns}/${type}/${chosen}.json`;
    const doc = await this.json<{ archives: Record<string, { url: string; hashes?: string[] }> }>(vUrl);
    const archive = doc.archives[`${platform.os}_${platform.arch}`];
    if (!archive) return { version: chosen, doc, notAvailable: true as const };
    const zip = await this.get(new URL(archive.url, vUrl).toString());
    if (zip.status !== 200) throw new Error(`zip → ${zip.status}`);
    const h1 = await h1Of(zip.body);
    const zh = `zh:${sha256(zip.body)}`;
    const hashes = archive.hashes ?? [];
    if (hashes.length > 0 && !hashes.includes(h1) && !hashes.includes(zh)) throw new Error("provider package doesn't match the expected checksum");
    return { version: chosen, doc, zip: zip.body, h1, zh, hashes };
  }

  /** Module install (§8.2): versions → download (204 header / 200 JSON) → HEAD + GET archive → checksum → extract. */
  async installModule(modulesBase: string, ns: string, name: string, system: string, want?: string) {
    const versions = await this.json<{ modules: { versions: { version: string }[] }[] }>(`${modulesBase}${ns}/${name}/${system}/versions`, { auth: true });
    const all = versions.modules[0].versions.map((v) => normalize(v.version));
    const chosen = want ?? all.sort(compareVersions).pop()!;
    const dlUrl = `${modulesBase}${ns}/${name}/${system}/${chosen}/download`;
    const dl = await this.get(dlUrl, { auth: true });
    const tofu = /OpenTofu/.test(this.options.userAgent ?? '');
    let location: string | undefined;
    if (dl.status === 204) location = dl.headers['x-terraform-get'];
    else if (dl.status === 200) {
      if (tofu) {
        if (dl.body.length === 0) throw new Error('failed to deserialize response body'); // OpenTofu's behaviour
        location = (JSON.parse(dl.body.toString()) as { location?: string }).location || dl.headers['x-terraform-get'];
      } else location = dl.headers['x-terraform-get'];
    } else throw new Error(`download → ${dl.status}: ${dl.body.toString()}`);
    if (!location) throw new Error('failed to get download URL');
    const resolved = /^(\/|\.\/|\.\.\/)/.test(location) ? new URL(location, dlUrl).toString() : location;
    const { pkg, subdir, checksum } = splitGetter(resolved);
    if (!/\.tar\.gz$/.test(new URL(pkg).pathname)) throw new Error(`not a .tar.gz archive URL: ${pkg}`);
    const head = await this.get(pkg, { method: 'HEAD' });
    if (head.status !== 200) {
      const again = await this.get(pkg);
      throw new Error(`HEAD ${pkg} → ${head.status} (${again.body.toString()})`);
    }
    const archive = await this.get(pkg);
    if (archive.status !== 200) throw new Error(`GET ${pkg} → ${archive.status}: ${archive.body.toString()}`);
    if (checksum && checksum !== `sha256:${sha256(archive.body)}`) throw new Error('checksum mismatch');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tfclient-mod-'));
    const file = path.join(dir, 'pkg.tar.gz');
    await fs.writeFile(file, archive.body);
    const out = path.join(dir, 'out');
    await fs.mkdir(out);
    await tar.x({ file, cwd: out });
    const moduleDir = subdir ? path.join(out, subdir) : out;
    return { version: chosen, location, head, archive: archive.body, checksum, subdir, moduleDir, cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
  }
}

export function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

function parseSums(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [h, n] = line.trim().split(/\s+/);
    if (h && n) m.set(n, h);
  }
  return m;
}

async function verifySignature(data: Buffer, sig: Buffer, armoredKeys: string[]): Promise<boolean> {
  const verificationKeys = await Promise.all(armoredKeys.map((armoredKey) => openpgp.readKey({ armoredKey })));
  const result = await openpgp.verify({
    message: await openpgp.createMessage({ binary: data }),
    signature: await openpgp.readSignature({ binarySignature: sig }),
    verificationKeys,
  });
  try {
    await result.signatures[0].verified;
    return true;
  } catch {
    return false;
  }
}

async function h1Of(zip: Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tfclient-h1-'));
  try {
    const f = path.join(dir, 'p.zip');
    await fs.writeFile(f, zip);
    return await h1OfZip(f);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** go-getter: `<pkg>//<subdir>?<query>` with `checksum` taken out of the query. */
function splitGetter(location: string): { pkg: string; subdir?: string; checksum?: string } {
  const u = new URL(location);
  const checksum = u.searchParams.get('checksum') ?? undefined;
  u.searchParams.delete('checksum');
  u.searchParams.delete('archive');
  const idx = u.pathname.indexOf('//');
  let subdir: string | undefined;
  if (idx >= 0) {
    subdir = u.pathname.slice(idx + 2);
    u.pathname = u.pathname.slice(0, idx);
  }
  return { pkg: u.toString(), subdir, checksum };
}

function normalize(v: string): string {
  const m = /^v?(\d+(?:\.\d+)*)(.*)$/.exec(v)!;
  const segs = m[1].split('.');
  while (segs.length < 3) segs.push('0');
  return `${segs.join('.')}${m[2]}`;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  const pb = b.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}
