import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import yazl from 'yazl';

/**
 * Build release archives in memory for fake upstreams. Tar is written by hand (ustar) so
 * tests can also build hostile archives (`../` names, absolute paths, links pointing out)
 * that well-behaved tar writers refuse to produce.
 */
export interface ArchiveEntry {
  name: string;
  body?: string | Buffer;
  /** Default 0o755 for files, 0o755 for dirs. */
  mode?: number;
  type?: 'file' | 'dir' | 'symlink' | 'hardlink';
  /** Target for symlink/hardlink. */
  linkname?: string;
}

function header(e: ArchiveEntry, size: number): Buffer {
  const h = Buffer.alloc(512, 0);
  const put = (s: string, off: number, len: number) => h.write(s, off, Math.min(len, Buffer.byteLength(s)), 'utf8');
  const oct = (n: number, len: number) => n.toString(8).padStart(len - 1, '0') + '\0';
  let name = e.name;
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', name.length - 1 - 0);
    prefix = name.slice(0, cut);
    name = name.slice(cut + 1);
  }
  put(name, 0, 100);
  put(oct(e.mode ?? (e.type === 'dir' ? 0o755 : 0o755), 8), 100, 8);
  put(oct(0, 8), 108, 8);
  put(oct(0, 8), 116, 8);
  put(oct(size, 12), 124, 12);
  put(oct(1_700_000_000, 12), 136, 12);
  h.fill(' ', 148, 156);
  const flag = { file: '0', hardlink: '1', symlink: '2', dir: '5' }[e.type ?? 'file'];
  put(flag, 156, 1);
  if (e.linkname) put(e.linkname, 157, 100);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put('root', 265, 32);
  put('root', 297, 32);
  put(prefix, 345, 155);
  let sum = 0;
  for (const b of h) sum += b;
  put(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8);
  return h;
}

export function tarBuffer(entries: ArchiveEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const body = e.type === 'file' || e.type === undefined ? Buffer.from(e.body ?? '') : Buffer.alloc(0);
    parts.push(header(e, body.length), body);
    const pad = (512 - (body.length % 512)) % 512;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export function tarGz(entries: ArchiveEntry[]): Buffer {
  return gzipSync(tarBuffer(entries));
}

/** xz and bzip2 via the system tools (the CI image installs xz-utils and bzip2). */
export function tarXz(entries: ArchiveEntry[]): Buffer {
  return execFileSync('xz', ['-z', '-c', '-T1', '-0'], { input: tarBuffer(entries) });
}

export function tarBz2(entries: ArchiveEntry[]): Buffer {
  return execFileSync('bzip2', ['-z', '-c'], { input: tarBuffer(entries) });
}

export function gz(body: string | Buffer): Buffer {
  return gzipSync(Buffer.from(body));
}

/**
 * A zip. yazl refuses `..` and absolute names, so hostile names are written as same-length
 * placeholders and patched into the local and central headers afterwards.
 */
export async function zipBuffer(entries: ArchiveEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const patches: [string, string][] = [];
  entries.forEach((e) => {
    let name = e.name;
    if (name.startsWith('/') || name.split('/').includes('..')) {
      const safe = name.replace(/\./g, 'D').replace(/^\//, 'S');
      patches.push([safe, name]);
      name = safe;
    }
    if (e.type === 'dir') zip.addEmptyDirectory(name, { mode: 0o40755 });
    else if (e.type === 'symlink') zip.addBuffer(Buffer.from(e.linkname ?? ''), name, { mode: 0o120777 });
    else zip.addBuffer(Buffer.from(e.body ?? ''), name, { mode: 0o100000 | (e.mode ?? 0o755) });
  });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  const buf = Buffer.concat(chunks);
  for (const [from, to] of patches) {
    const a = Buffer.from(from);
    const b = Buffer.from(to);
    let at = buf.indexOf(a);
    while (at >= 0) {
      b.copy(buf, at);
      at = buf.indexOf(a, at + b.length);
    }
  }
  return buf;
}
