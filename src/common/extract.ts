/**
 * Unpack a downloaded asset into an empty directory. Entries that would land outside it
 * (`..`, absolute paths, links pointing out) fail the whole extraction — in tar and zip —
 * instead of being skipped silently: an archive that tries it is not one to trust.
 *
 * Everything is read and inflated in 1 MiB chunks ({@link CHUNK}) rather than Node's and
 * yauzl's 16–64 KiB defaults: per-chunk overhead (stream callbacks, tar header parsing, zlib
 * calls) dominated the CPU time of unpacking a few-MiB binary.
 */

import { spawn } from 'node:child_process';
import { close as closeFd, createReadStream, createWriteStream, fstat, open as openFd, promises as fs, read as readFd } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough, Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { promisify } from 'node:util';
import { createGunzip, createInflateRaw } from 'node:zlib';
import type { ReadEntry } from 'tar';
import type yauzl from 'yauzl';
import { AtmosError } from './errors.js';
import { findOnPath, pathKey } from './paths.js';

/** Read and inflate size. */
export const CHUNK = 1024 * 1024;

export type ArchiveFormat = 'raw' | 'gz' | 'zip' | 'tar' | 'tar.gz' | 'tar.xz' | 'tar.bz2';

const FORMAT_ALIASES: Record<string, ArchiveFormat> = {
  raw: 'raw',
  gz: 'gz',
  gzip: 'gz',
  zip: 'zip',
  tar: 'tar',
  'tar.gz': 'tar.gz',
  tgz: 'tar.gz',
  'tar.xz': 'tar.xz',
  txz: 'tar.xz',
  'tar.bz2': 'tar.bz2',
  tbz: 'tar.bz2',
  tbz2: 'tar.bz2',
  'tar.bz': 'tar.bz2',
};

/** Normalize a registry `format` (empty = infer from the asset name). */
export function archiveFormat(format: string, assetName: string): ArchiveFormat {
  const f = format.trim().toLowerCase();
  if (f && FORMAT_ALIASES[f]) return FORMAT_ALIASES[f];
  if (f && f !== 'raw') {
    throw new AtmosError(`unsupported archive format "${format}" for ${assetName}`, {
      code: 'UNSUPPORTED_FORMAT',
      explanation: 'Supported formats: raw, gz, zip, tar, tar.gz/tgz, tar.xz/txz, tar.bz2/tbz.',
    });
  }
  if (f === 'raw') return 'raw';
  const name = assetName.toLowerCase();
  for (const ext of ['tar.gz', 'tar.xz', 'tar.bz2', 'tgz', 'txz', 'tbz2', 'tbz', 'zip', 'tar', 'gz']) {
    if (name.endsWith(`.${ext}`)) return FORMAT_ALIASES[ext];
  }
  return 'raw';
}

export async function extractAsset(file: string, format: ArchiveFormat, destDir: string, assetName: string): Promise<void> {
  await fs.mkdir(destDir, { recursive: true });
  switch (format) {
    case 'raw':
      await fs.copyFile(file, path.join(destDir, safeName(assetName)));
      return;
    case 'gz':
      await pipeline(
        createReadStream(file, { highWaterMark: CHUNK }),
        createGunzip({ chunkSize: CHUNK }),
        createWriteStream(path.join(destDir, safeName(assetName.replace(/\.gz$/i, '')))),
      );
      return;
    case 'zip':
      await extractZip(file, destDir);
      return;
    default:
      await extractTar(file, format, destDir);
  }
}

function safeName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  if (!base || base === '.' || base === '..') throw escapeError(name, 'not a file name');
  return base;
}

function escapeError(entry: string, why: string): AtmosError {
  return new AtmosError(`archive entry "${entry}" would be written outside the install directory (${why})`, {
    code: 'ARCHIVE_ESCAPE',
    explanation: 'The archive contains a path or link that escapes the target directory; nothing was installed.',
    hint: 'The asset may be malicious or corrupt. Check the registry definition and the upstream release.',
  });
}

/** Resolve an entry path inside `root`, or throw. */
function inside(root: string, entry: string): string {
  const norm = entry.replace(/\\/g, '/');
  if (norm.startsWith('/') || /^[a-zA-Z]:/.test(norm)) throw escapeError(entry, 'absolute path');
  if (norm.split('/').includes('..')) throw escapeError(entry, '".." component');
  const target = path.resolve(root, norm);
  if (target !== root && !target.startsWith(root + path.sep)) throw escapeError(entry, 'outside target');
  return target;
}

/** A link at `entryPath` pointing to `linkTarget` must resolve inside `root`. */
function checkLink(root: string, entryPath: string, linkTarget: string): void {
  const norm = linkTarget.replace(/\\/g, '/');
  if (norm.startsWith('/') || /^[a-zA-Z]:/.test(norm)) throw escapeError(entryPath, `link to absolute path ${linkTarget}`);
  const from = path.dirname(path.resolve(root, entryPath.replace(/\\/g, '/')));
  const target = path.resolve(from, norm);
  if (target !== root && !target.startsWith(root + path.sep)) throw escapeError(entryPath, `link to ${linkTarget}`);
}

/**
 * The system's `xz` / `bzip2` for a format, when on PATH: native decoders in their own process
 * (xz in WebAssembly took ~5× the CPU of `xz -dc` and ran on our event loop). The bundled
 * decoders are the fallback (Windows runners usually have neither binary);
 * `ATMOS_TS_BUILTIN_DECOMPRESS=1` forces them.
 */
const systemDecoders = new Map<string, string | undefined>();
function systemDecoder(format: ArchiveFormat, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const name = format === 'tar.xz' ? 'xz' : format === 'tar.bz2' ? 'bzip2' : undefined;
  if (!name || env.ATMOS_TS_BUILTIN_DECOMPRESS === '1') return undefined;
  const key = `${name}\0${env[pathKey(env)] ?? ''}`;
  if (!systemDecoders.has(key)) systemDecoders.set(key, findOnPath(name, env));
  return systemDecoders.get(key);
}

/**
 * `<decoder> -dc <file>` as a stream that ends only once the decoder exited 0: a decoder
 * that fails midway (corrupt or truncated input) errors the stream instead of handing the
 * tar reader a clean-looking short end. Destroying the stream kills the decoder.
 */
function spawnDecoder(decoder: string, file: string): Readable {
  const child = spawn(decoder, ['-dc', '--', file], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  const out = new PassThrough({ highWaterMark: CHUNK });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-2000)));
  child.stdout.pipe(out, { end: false });
  child.on('error', (err) => out.destroy(err));
  child.on('close', (code, signal) => {
    if (code === 0) out.end();
    else if (!out.destroyed) out.destroy(new Error(`${path.basename(decoder)} -dc failed (${signal ?? `exit ${code}`}): ${stderr.trim() || 'no message'}`));
  });
  out.on('close', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  });
  return out;
}

async function decompressed(file: string, format: ArchiveFormat): Promise<Readable> {
  const decoder = systemDecoder(format);
  if (decoder) return spawnDecoder(decoder, file);
  const src = createReadStream(file, { highWaterMark: CHUNK });
  switch (format) {
    case 'tar.gz':
      return src.pipe(createGunzip({ chunkSize: CHUNK }));
    case 'tar.bz2': {
      const bz2 = (await import('unbzip2-stream')).default;
      // unbzip2-stream is a classic `through` stream: it emits data and end whether or not
      // anyone listens yet. A PassThrough attached in the same tick buffers it until the
      // tar extractor is connected (without it, a slow `import('tar')` lost the end: a hang).
      const out = new PassThrough();
      const decoder = bz2();
      decoder.on('error', (err: Error) => out.destroy(err));
      src.on('error', (err) => out.destroy(err));
      src.pipe(decoder as unknown as NodeJS.WritableStream);
      (decoder as unknown as Readable).pipe(out);
      return out;
    }
    case 'tar.xz': {
      // A CommonJS bundle (wasm inside): depending on the loader the export is named or on the default.
      const mod = (await import('xz-decompress')) as unknown as typeof import('xz-decompress') & { default?: typeof import('xz-decompress') };
      const xz = mod.default?.XzReadableStream ? mod.default : mod;
      const web = Readable.toWeb(src) as unknown as ReadableStream<Uint8Array>;
      return Readable.fromWeb(new xz.XzReadableStream(web) as unknown as WebReadableStream<Uint8Array>);
    }
    default:
      return src;
  }
}

async function extractTar(file: string, format: ArchiveFormat, destDir: string): Promise<void> {
  const root = path.resolve(destDir);
  let violation: AtmosError | undefined;
  // Archive libraries load on first use only: warm paths (exec, which) never need them.
  const tar = await import('tar');
  const input = await decompressed(file, format);
  const extractor = tar.x({
    cwd: root,
    preserveOwner: false,
    // Keep exec bits (tar applies the umask unless told otherwise).
    noChmod: false,
    filter: (entryPath, entry) => {
      if (violation) return false;
      try {
        inside(root, entryPath);
        const e = entry as ReadEntry;
        if (e.type === 'SymbolicLink' && e.linkpath) checkLink(root, entryPath, e.linkpath);
        if (e.type === 'Link' && e.linkpath) inside(root, e.linkpath);
        return true;
      } catch (err) {
        violation = err as AtmosError;
        return false;
      }
    },
  });
  try {
    await pipeline(input, extractor);
  } catch (err) {
    if (violation) throw violation;
    throw new AtmosError(`could not unpack ${path.basename(file)}: ${(err as Error).message}`, {
      code: 'EXTRACT_FAILED',
      cause: err,
    });
  }
  if (violation) throw violation;
}

async function openZip(file: string): Promise<yauzl.ZipFile> {
  const yauzl = (await import('yauzl')).default;
  /**
   * yauzl's own file reader streams 16 KiB at a time; this one reads {@link CHUNK}s. Positional
   * reads on one fd that only `close()` closes (a file stream's destroy() would close it early).
   */
  class ChunkedFileReader extends yauzl.RandomAccessReader {
    constructor(private readonly fd: number) {
      super();
    }
    override _readStreamForRange(start: number, end: number): Readable {
      const fd = this.fd;
      let pos = start;
      return new Readable({
        highWaterMark: CHUNK,
        read() {
          const want = Math.min(CHUNK, end - pos);
          if (want <= 0) return void this.push(null);
          const buf = Buffer.allocUnsafe(want);
          readFd(fd, buf, 0, want, pos, (err, got) => {
            if (err) return void this.destroy(err);
            // A short file ends the stream early; yauzl's byte count then reports the truncation.
            if (got === 0) return void this.push(null);
            pos += got;
            this.push(got < want ? buf.subarray(0, got) : buf);
          });
        },
      });
    }
    override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
      readFd(this.fd, buffer, offset, length, position, (err, got) =>
        callback(err ?? (got < length ? new Error(`unexpected end of file (wanted ${length} bytes at ${position}, got ${got})`) : null)),
      );
    }
    override close(callback: (err: Error | null) => void): void {
      closeFd(this.fd, (err) => callback(err));
    }
  }
  // A plain fd, not a FileHandle: the reader closes it, and a FileHandle would close it again when collected.
  const fd = await promisify(openFd)(file, 'r');
  let size: number;
  try {
    size = (await promisify(fstat)(fd)).size;
  } catch (err) {
    closeFd(fd, () => {});
    throw err;
  }
  const reader = new ChunkedFileReader(fd);
  return new Promise((resolve, reject) =>
    yauzl.fromRandomAccessReader(reader, size, { lazyEntries: true, autoClose: true, strictFileNames: false }, (err, zip) => {
      if (!err) return resolve(zip);
      reader.close(() => reject(err));
    }),
  );
}

/**
 * An entry's bytes. Deflated entries are inflated here rather than by yauzl, whose inflater
 * uses zlib's 16 KiB output chunks; the size is checked as yauzl would.
 */
async function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  if (entry.isEncrypted()) throw new Error(`entry ${entry.fileName} is encrypted`);
  const deflated = entry.compressionMethod === 8;
  const raw = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, deflated ? { decodeFileData: false } : {}, (err, s) => (err ? reject(err) : resolve(s))),
  );
  if (!deflated) return raw;
  let produced = 0;
  const sizeCheck = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      produced += chunk.length;
      if (produced > entry.uncompressedSize) return cb(new Error(`entry ${entry.fileName}: too many bytes in the stream`));
      cb(null, chunk);
    },
    flush(cb) {
      cb(produced === entry.uncompressedSize ? null : new Error(`entry ${entry.fileName}: expected ${entry.uncompressedSize} bytes, got ${produced}`));
    },
  });
  const out = new PassThrough();
  pipeline(raw, createInflateRaw({ chunkSize: CHUNK }), sizeCheck, out).catch((err: unknown) => out.destroy(err as Error));
  return out;
}

async function extractZip(file: string, destDir: string): Promise<void> {
  const root = path.resolve(destDir);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (err) {
    throw new AtmosError(`could not open zip ${path.basename(file)}: ${(err as Error).message}`, { code: 'EXTRACT_FAILED', cause: err });
  }
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      try {
        zip.close();
      } catch {
        /* yauzl already closed it (autoClose on error) */
      }
      const msg = (err as Error).message ?? String(err);
      // yauzl validates names itself; report its refusals like ours.
      const m = /^(invalid relative path|absolute path): (.*)$/.exec(msg);
      if (m) reject(escapeError(m[2], m[1]));
      else if (err instanceof AtmosError) reject(err);
      else reject(new AtmosError(`could not unpack ${path.basename(file)}: ${msg}`, { code: 'EXTRACT_FAILED', cause: err }));
    };
    zip.on('error', fail);
    zip.on('end', () => {
      if (!settled) {
        settled = true;
        resolve();
      }
    });
    zip.on('entry', (entry: yauzl.Entry) => {
      void (async () => {
        const name = entry.fileName;
        const target = inside(root, name);
        const mode = (entry.externalFileAttributes >>> 16) & 0xffff;
        const isDir = name.endsWith('/') || (mode & 0o170000) === 0o040000;
        const isLink = (mode & 0o170000) === 0o120000;
        if (isDir) {
          await fs.mkdir(target, { recursive: true });
        } else if (isLink) {
          const chunks: Buffer[] = [];
          for await (const c of await entryStream(zip, entry)) chunks.push(c as Buffer);
          const linkTarget = Buffer.concat(chunks).toString('utf8');
          checkLink(root, name, linkTarget);
          await fs.mkdir(path.dirname(target), { recursive: true });
          await fs.symlink(linkTarget, target);
        } else {
          await fs.mkdir(path.dirname(target), { recursive: true });
          await pipeline(await entryStream(zip, entry), createWriteStream(target, { mode: mode & 0o777 || 0o644 }));
          if (mode & 0o111) await fs.chmod(target, mode & 0o777);
        }
        zip.readEntry();
      })().catch(fail);
    });
    zip.readEntry();
  });
}
