/**
 * The bundle file: a tar stream compressed with zstd. We write the tar ourselves (ustar, a
 * pax header only for paths longer than ustar holds) because determinism is the point: every
 * entry is a regular file with mode 0644, uid/gid 0, no owner names and one fixed mtime, in
 * the order the caller gives (sorted). Compression is the system `zstd` at a fixed level and
 * a fixed single worker, which the CI cache already requires (`.ci/run` installs it): Node 20's
 * zlib has no zstd (22.15+ has), the npm zstd packages are native addons that ncc cannot
 * bundle, and zstd decompresses several times faster than gzip. Reading goes through the
 * `tar` package's parser.
 */

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import { tempSibling } from '../common/atomicFile.js';
import { AtmosError } from '../common/errors.js';

/** Every entry's mtime: 2000-01-01T00:00:00Z. */
const FIXED_MTIME = 946_684_800;
const BLOCK = 512;
/** zstd level: the default, what `tar --zstd` uses. */
const ZSTD_LEVEL = 3;

export interface TarSource {
  /** Path inside the archive (forward slashes, relative). */
  name: string;
  /** File to copy, or bytes. */
  file?: string;
  data?: Buffer;
  size: number;
  /** Mode 0755 instead of 0644 (installed binaries in a cache export). */
  executable?: boolean;
  /** Checked while the file streams into the archive (objects hashed nowhere else); a mismatch aborts the write. */
  sha256?: string;
}

let zstdChecked: boolean | undefined;
/** The `zstd` binary, or a clear error naming what to install. */
export function requireZstd(): void {
  zstdChecked ??= spawnSync('zstd', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!zstdChecked) {
    throw new AtmosError('zstd is not installed', {
      code: 'BUNDLE_INPUT',
      explanation: 'Bundles are tar files compressed with zstd; atmos-ts runs the system `zstd` to write and read them.',
      hint: 'Install it (Debian/Ubuntu: apt-get install zstd; macOS: brew install zstd; it is preinstalled on GitHub-hosted runners).',
    });
  }
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, type: '0' | 'x', executable = false): Buffer {
  const h = Buffer.alloc(BLOCK);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    // ustar: prefix (155) + '/' + name (100); the pax record holds the real path anyway.
    const cut = name.lastIndexOf('/', name.length - 1);
    if (cut > 0 && cut <= 155 && Buffer.byteLength(name.slice(cut + 1)) <= 100) {
      prefix = name.slice(0, cut);
      base = name.slice(cut + 1);
    } else base = name.slice(-100);
  }
  h.write(base, 0, 100, 'utf8');
  h.write(octal(executable ? 0o755 : 0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(FIXED_MTIME, 12), 136, 'ascii');
  h.fill(' ', 148, 156);
  h.write(type, 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return h;
}

function pad(size: number): Buffer {
  const rest = size % BLOCK;
  return rest === 0 ? Buffer.alloc(0) : Buffer.alloc(BLOCK - rest);
}

/** A pax extended header carrying `path` when the name does not fit ustar exactly. */
function paxFor(name: string, size: number): Buffer[] {
  const fits =
    Buffer.byteLength(name) <= 100 ||
    (name.lastIndexOf('/') > 0 && name.lastIndexOf('/') <= 155 && Buffer.byteLength(name.slice(name.lastIndexOf('/') + 1)) <= 100);
  const records: string[] = [];
  if (!fits) records.push(paxRecord('path', name));
  if (size > 0o77777777777) records.push(paxRecord('size', String(size)));
  if (records.length === 0) return [];
  const body = Buffer.from(records.join(''));
  return [header(`PaxHeaders/${name.split('/').pop()!.slice(0, 80)}`, body.length, 'x'), body, pad(body.length)];
}

function paxRecord(key: string, value: string): string {
  const payload = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(payload) + 1;
  while (String(len).length + Buffer.byteLength(payload) !== len) len = String(len).length + Buffer.byteLength(payload);
  return `${len}${payload}`;
}

async function* tarStream(sources: TarSource[]): AsyncGenerator<Buffer> {
  for (const s of sources) {
    yield* paxFor(s.name, s.size);
    yield header(s.name, Math.min(s.size, 0o77777777777), '0', s.executable);
    if (s.data) yield s.data;
    else if (s.file) {
      let seen = 0;
      const hash = s.sha256 ? createHash('sha256') : undefined;
      for await (const chunk of createReadStream(s.file, { highWaterMark: 1024 * 1024 })) {
        seen += (chunk as Buffer).length;
        hash?.update(chunk as Buffer);
        yield chunk as Buffer;
      }
      if (seen !== s.size) throw new AtmosError(`${s.file} changed while it was being bundled`, { code: 'BUNDLE_INPUT', hint: 'Run the command again.' });
      const got = hash?.digest('hex');
      if (got && got !== s.sha256) {
        throw new AtmosError(`${s.file}: sha256 ${got} is not the ${s.sha256} its lock file or SHA256SUMS promises`, {
          code: 'CHECKSUM_MISMATCH',
          hint: 'The cached copy is damaged or was replaced: delete it and create the bundle again (it will be fetched again).',
        });
      }
    }
    yield pad(s.size);
  }
  yield Buffer.alloc(BLOCK * 2);
}

function waitExit(proc: ReturnType<typeof spawn>, what: string, stderr: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    proc.on('error', reject);
    proc.on('close', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new AtmosError(`${what} failed (${signal ?? `exit ${code}`})`, { code: 'BUNDLE_CORRUPT', explanation: stderr().trim() || undefined })),
    );
  });
}

/**
 * Write `sources` in order as `<dest>.tar.zst`, atomically (temp file + rename).
 *
 * zstd writes the temp file itself (its stdout is the file): the compressed bytes never pass
 * through this process. Routing them back through a Node pipe and a write stream cost a second
 * 64 KiB pipe round trip per chunk and most of the writer's wall time on a loaded machine.
 */
export async function writeTarZst(dest: string, sources: TarSource[]): Promise<{ bytes: number }> {
  requireZstd();
  const tmp = tempSibling(dest, 'part');
  try {
    const out = await fs.open(tmp, 'w');
    let proc: ReturnType<typeof spawn>;
    try {
      // One worker: zstd's output then depends only on the input and the level.
      proc = spawn('zstd', ['-q', `-${ZSTD_LEVEL}`, '--single-thread', '-c'], { stdio: ['pipe', out.fd, 'pipe'] });
    } finally {
      // The child holds its own copy of the descriptor.
      await out.close();
    }
    let err = '';
    proc.stderr!.on('data', (d: Buffer) => (err += d));
    const done = waitExit(proc, 'zstd', () => err);
    await Promise.all([pipeline(Readable.from(tarStream(sources)), proc.stdin!), done]);
    await fs.rename(tmp, dest);
    return { bytes: (await fs.stat(dest)).size };
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

export interface TarEntry {
  path: string;
  /** 'File', 'OldFile', 'Directory', 'SymbolicLink', … (tar's names). */
  type: string;
  size: number;
  /** The entry's bytes; must be consumed (or resumed) by the callback. */
  stream: NodeJS.ReadableStream & { resume(): unknown };
}

/**
 * Stream the entries of a `.tar.zst`, one at a time, to `onEntry` (which must consume the
 * entry's stream). `stopAfter` ends early (e.g. after the manifest) without reading the rest.
 */
export async function readTarZst(file: string, onEntry: (entry: TarEntry) => Promise<'stop' | void>): Promise<void> {
  requireZstd();
  await fs.access(file).catch(() => {
    throw new AtmosError(`bundle ${file} does not exist`, { code: 'BUNDLE_MISSING', hint: 'Check the path.' });
  });
  const proc = spawn('zstd', ['-q', '-d', '-c', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d));
  let stopped = false;
  const done = waitExit(proc, `zstd -d ${file}`, () => err).catch((e: unknown) => {
    if (!stopped)
      throw new AtmosError(`bundle ${file} is not a readable .tar.zst`, {
        code: 'BUNDLE_CORRUPT',
        explanation: (e as AtmosError).explanation ?? String(e),
        cause: e,
      });
  });
  let failure: unknown;
  let chain: Promise<unknown> = Promise.resolve();
  const parser = new tar.Parser({
    strict: true,
    onReadEntry: (entry) => {
      if (stopped || failure) {
        entry.resume();
        return;
      }
      // Callbacks run one after another in entry order; a waiting entry's data stays buffered
      // (backpressure pauses zstd) until its turn.
      const p = chain.then(() =>
        stopped || failure
          ? (entry.resume(), undefined)
          : onEntry({ path: entry.path, type: entry.type, size: entry.size ?? 0, stream: entry as unknown as TarEntry['stream'] }),
      );
      chain = p.then(
        (r) => {
          if (r === 'stop') {
            stopped = true;
            proc.kill();
          }
        },
        (e: unknown) => {
          failure ??= e;
          entry.resume();
          stopped = true;
          proc.kill();
        },
      );
    },
  });
  parser.on('warn', (_code: string, message: string) => {
    failure ??= new AtmosError(`bundle ${file} is damaged: ${message}`, { code: 'BUNDLE_CORRUPT', hint: 'Copy the bundle again, or create it again.' });
  });
  const sink = parser as unknown as Writable;
  await Promise.all([
    pipeline(proc.stdout!, sink).catch((e: unknown) => {
      if (!stopped) failure ??= new AtmosError(`bundle ${file} is damaged`, { code: 'BUNDLE_CORRUPT', explanation: String(e), cause: e });
    }),
    done,
  ]);
  await chain;
  if (failure) throw failure;
}

/** Read one entry fully into memory (manifests, small metadata). */
export async function entryBuffer(entry: TarEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of entry.stream as AsyncIterable<Buffer>) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}
