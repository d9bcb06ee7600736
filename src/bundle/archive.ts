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

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import { tempSibling } from '../common/atomicFile.js';
import { AtmosError } from '../common/errors.js';

/** Every entry's mtime: 2000-01-01T00:00:00Z. */
const FIXED_MTIME = 946_684_800;
const BLOCK = 512;
const ZEROS = Buffer.alloc(BLOCK * 2);
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
  return ZEROS.subarray(0, (BLOCK - (size % BLOCK)) % BLOCK);
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

/** Bytes gathered per write to zstd, and how many such writes may be in flight while the next is filled. */
const SLOT = 1024 * 1024;
const SLOTS = 4;
/**
 * A file's bytes are hashed in slices, with a turn of the event loop in between: zstd reads from
 * a socket that holds ~200 KiB, so hashing a whole slot at once would leave it idle meanwhile.
 */
const HASH_SLICE = 256 * 1024;

/**
 * Write the tar stream of `sources` to `out` (zstd's stdin). Everything goes through a few
 * reused 1 MiB slots: headers, small objects and file bytes read straight into the slot, so a
 * write to zstd carries a whole slot (not one per header or read chunk) and nothing is
 * allocated per chunk. A file's bytes are hashed as they are read — exactly the bytes packed.
 */
async function packTar(out: Writable, sources: TarSource[]): Promise<void> {
  const slots = Array.from({ length: SLOTS }, () => ({ buf: Buffer.allocUnsafe(SLOT), sent: Promise.resolve() }));
  let cur = 0;
  let fill = 0;
  const send = async (): Promise<void> => {
    if (fill === 0) return;
    const slot = slots[cur]!;
    const chunk = slot.buf.subarray(0, fill);
    slot.sent = new Promise<void>((resolve, reject) => out.write(chunk, (err) => (err ? reject(err) : resolve())));
    // Observed when the slot comes round again or at the end; no unhandled rejection meanwhile.
    slot.sent.catch(() => undefined);
    cur = (cur + 1) % SLOTS;
    fill = 0;
    await slots[cur]!.sent;
  };
  const put = async (data: Buffer): Promise<void> => {
    for (let off = 0; off < data.length;) {
      const n = data.copy(slots[cur]!.buf, fill, off, Math.min(data.length, off + SLOT - fill));
      fill += n;
      off += n;
      if (fill === SLOT) await send();
    }
  };
  const putFile = async (s: TarSource & { file: string }): Promise<void> => {
    const handle = await fs.open(s.file, 'r');
    try {
      const hash = s.sha256 ? createHash('sha256') : undefined;
      let seen = 0;
      while (seen < s.size) {
        const buf = slots[cur]!.buf;
        const { bytesRead } = await handle.read(buf, fill, Math.min(SLOT - fill, s.size - seen), null);
        if (bytesRead === 0) break;
        if (hash) {
          for (let off = fill; off < fill + bytesRead; off += HASH_SLICE) {
            hash.update(buf.subarray(off, Math.min(fill + bytesRead, off + HASH_SLICE)));
            if (off + HASH_SLICE < fill + bytesRead) await new Promise<void>((resolve) => setImmediate(resolve));
          }
        }
        seen += bytesRead;
        fill += bytesRead;
        if (fill === SLOT) await send();
      }
      // The size the header promised, and not a byte more.
      if (seen !== s.size || (await handle.read(Buffer.alloc(1), 0, 1, null)).bytesRead !== 0)
        throw new AtmosError(`${s.file} changed while it was being bundled`, { code: 'BUNDLE_INPUT', hint: 'Run the command again.' });
      const got = hash?.digest('hex');
      if (got && got !== s.sha256) {
        throw new AtmosError(`${s.file}: sha256 ${got} is not the ${s.sha256} its lock file or SHA256SUMS promises`, {
          code: 'CHECKSUM_MISMATCH',
          hint: 'The cached copy is damaged or was replaced: delete it and create the bundle again (it will be fetched again).',
        });
      }
    } finally {
      await handle.close();
    }
  };
  for (const s of sources) {
    for (const b of paxFor(s.name, s.size)) await put(b);
    await put(header(s.name, Math.min(s.size, 0o77777777777), '0', s.executable));
    if (s.data) await put(s.data);
    else if (s.file) await putFile(s as TarSource & { file: string });
    await put(pad(s.size));
  }
  await put(ZEROS);
  await send();
  await Promise.all(slots.map((slot) => slot.sent));
  await new Promise<void>((resolve) => out.end(resolve));
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
    // zstd gone early (it failed, or was killed below): the writes fail, `done` says why.
    proc.stdin!.on('error', () => undefined);
    try {
      await packTar(proc.stdin!, sources);
    } catch (e) {
      proc.kill();
      await done.catch(() => undefined);
      throw e;
    }
    await done;
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

/**
 * What {@link scanTarZst} does with one entry's bytes: called synchronously, in order. A chunk
 * is only valid during the call (the read buffer is reused): copy what must outlive it.
 */
export interface EntryBytes {
  data(chunk: Buffer): void;
  end(): void;
}

export interface EntryHead {
  path: string;
  /** 'File', 'Directory', 'SymbolicLink', 'Link', … (tar's names, for messages). */
  type: string;
  size: number;
}

const TYPE_NAMES: Record<string, string> = {
  '0': 'File',
  '\0': 'File',
  '7': 'File',
  '1': 'Link',
  '2': 'SymbolicLink',
  '3': 'CharacterDevice',
  '4': 'BlockDevice',
  '5': 'Directory',
  '6': 'FIFO',
};

function damaged(file: string, why: string): AtmosError {
  return new AtmosError(`bundle ${file} is damaged: ${why}`, { code: 'BUNDLE_CORRUPT', hint: 'Copy the bundle again, or create it again.' });
}

function cString(b: Buffer, start: number, end: number): string {
  const nul = b.indexOf(0, start);
  return b.toString('utf8', start, nul >= 0 && nul < end ? nul : end);
}

function numeric(b: Buffer, start: number, end: number): number {
  // GNU base-256 for values octal cannot hold.
  if (b[start]! & 0x80) {
    let v = b[start]! & 0x7f;
    for (let i = start + 1; i < end; i++) v = v * 256 + b[i]!;
    return v;
  }
  const text = cString(b, start, end).trim();
  return /^[0-7]*$/.test(text) ? parseInt(text || '0', 8) : NaN;
}

function paxRecords(body: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    const len = Number(body.toString('ascii', at, space));
    if (space < 0 || !Number.isInteger(len) || len <= 0 || at + len > body.length) break;
    const record = body.toString('utf8', space + 1, at + len - 1);
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    at += len;
  }
  return out;
}

/** zstd's output is read into one buffer of this size, reused for every read. */
const READ_BUFFER = 1024 * 1024;

/**
 * Run `zstd -d` on `file` and hand its output to `onChunk`, one reused buffer at a time. The
 * output comes through a Unix socket this process connects itself, in a private (0700)
 * directory, because only a socket made by `net.connect` reads into a caller's buffer
 * (`onread`): a child's stdout pipe allocates a fresh 64 KiB buffer per read — ~1,300 for an
 * 84 MB bundle, with the page faults, copies and garbage collection that come with them
 * (measured: reading + hashing 84 MB took 0.07-0.08 s of CPU this way, 0.10-0.12 s through
 * the pipe). Windows keeps the pipe.
 */
async function decompress(file: string, onChunk: (chunk: Buffer) => void): Promise<{ exited: Promise<void>; output: Promise<void>; stop(): void }> {
  const args = ['-q', '-d', '-c', file];
  // Listeners go on at once: a small bundle's zstd can be done before the next await returns.
  const watch = (proc: ChildProcess) => {
    let err = '';
    proc.stderr!.on('data', (d: Buffer) => (err += d));
    return waitExit(proc, `zstd -d ${file}`, () => err);
  };
  const viaPipe = () => {
    const proc = spawn('zstd', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = watch(proc);
    const output = new Promise<void>((resolve, reject) => {
      proc.stdout!.on('data', onChunk);
      proc.stdout!.on('error', reject);
      proc.stdout!.on('close', resolve);
    });
    return { exited, output, stop: () => proc.kill() };
  };
  if (process.platform === 'win32') return viaPipe();
  let theirs: net.Socket;
  let client: net.Socket | undefined;
  let dir: string | undefined;
  try {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'atmos-ts-zstd-'));
    const sock = path.join(dir, 's');
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(sock, resolve);
    });
    try {
      theirs = await new Promise<net.Socket>((resolve, reject) => {
        server.once('connection', resolve);
        const buffer = Buffer.allocUnsafe(READ_BUFFER);
        client = net.connect({
          path: sock,
          onread: {
            buffer,
            callback: (n: number, buf: Uint8Array) => {
              onChunk((buf as Buffer).subarray(0, n));
              return true;
            },
          },
        });
        client.once('error', reject);
      });
    } finally {
      server.close();
    }
  } catch {
    // No socket here (an unwritable $TMPDIR, a path too long for a socket): the plain pipe.
    client?.destroy();
    return viaPipe();
  } finally {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  }
  const ours = client!;
  const output = new Promise<void>((resolve, reject) => {
    ours.on('error', reject);
    ours.on('close', () => resolve());
  });
  // zstd writes into the other end; this process keeps no copy of it.
  let proc: ChildProcess;
  try {
    proc = spawn('zstd', args, { stdio: ['ignore', theirs, 'pipe'] });
  } finally {
    theirs.destroy();
  }
  proc.once('error', () => ours.destroy());
  return {
    exited: watch(proc),
    output,
    stop: () => {
      proc.kill();
      ours.destroy();
    },
  };
}

/**
 * Read a `.tar.zst` in one pass with a tar parser of our own: each chunk zstd writes is cut
 * into entries and handed synchronously to that entry's `EntryBytes` (no stream, promise or
 * copy per chunk — the `tar` package's parser cost more CPU than hashing the bytes). Strict:
 * a bad header checksum, a non-ustar header, a truncated entry or a missing end-of-archive
 * marker is BUNDLE_CORRUPT. `onEntry` returns undefined to skip an entry's bytes.
 */
export async function scanTarZst(file: string, onEntry: (head: EntryHead) => EntryBytes | undefined): Promise<void> {
  requireZstd();
  await fs.access(file).catch(() => {
    throw new AtmosError(`bundle ${file} does not exist`, { code: 'BUNDLE_MISSING', hint: 'Check the path.' });
  });
  const head = Buffer.alloc(BLOCK);
  let headFill = 0;
  /** Bytes of the current entry still to come, then its padding. */
  let dataLeft = 0;
  let padLeft = 0;
  let current: EntryBytes | undefined;
  let paxBody: Buffer[] | undefined;
  let pending: { path?: string; size?: number } = {};
  let zeroBlocks = 0;
  let ended = false;

  const startEntry = (): void => {
    if (head.every((b) => b === 0)) {
      // End of archive: two zero blocks (the rest, if any, is record padding).
      if (++zeroBlocks === 2) ended = true;
      return;
    }
    if (zeroBlocks > 0) throw damaged(file, 'a header after an end-of-archive block');
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : head[i]!;
    if (numeric(head, 148, 156) !== sum) throw damaged(file, 'a tar header checksum does not match');
    if (head.toString('ascii', 257, 262) !== 'ustar') throw damaged(file, 'not a ustar header');
    const size = numeric(head, 124, 136);
    if (!Number.isFinite(size)) throw damaged(file, 'a tar header size is not a number');
    const flag = String.fromCharCode(head[156]!);
    if (flag === 'x' || flag === 'g' || flag === 'L') {
      // Extended header: its body describes the next entry ('g': all entries; not used by bundles, skipped).
      paxBody = [];
      const body = paxBody;
      current = {
        data: (c) => body.push(Buffer.from(c)),
        end: () => {
          const bytes = Buffer.concat(body);
          if (flag === 'x') {
            const records = paxRecords(bytes);
            if (records.has('path')) pending.path = records.get('path');
            if (records.has('size')) pending.size = Number(records.get('size'));
          } else if (flag === 'L') pending.path = cString(bytes, 0, bytes.length);
        },
      };
    } else {
      const prefix = cString(head, 345, 500);
      const name = cString(head, 0, 100);
      const path = pending.path ?? (prefix ? `${prefix}/${name}` : name);
      const entrySize = pending.size ?? size;
      pending = {};
      current = onEntry({ path, type: TYPE_NAMES[flag] ?? `type ${JSON.stringify(flag)}`, size: entrySize });
      dataLeft = entrySize;
      padLeft = (BLOCK - (entrySize % BLOCK)) % BLOCK;
      if (dataLeft === 0) finishEntry();
      return;
    }
    dataLeft = size;
    padLeft = (BLOCK - (size % BLOCK)) % BLOCK;
    if (dataLeft === 0) finishEntry();
  };
  const finishEntry = (): void => {
    const c = current;
    current = undefined;
    paxBody = undefined;
    c?.end();
  };
  const feed = (chunk: Buffer): void => {
    let at = 0;
    while (at < chunk.length && !ended) {
      if (dataLeft > 0) {
        const n = Math.min(dataLeft, chunk.length - at);
        current?.data(chunk.subarray(at, at + n));
        at += n;
        dataLeft -= n;
        if (dataLeft === 0) finishEntry();
      } else if (padLeft > 0) {
        const n = Math.min(padLeft, chunk.length - at);
        at += n;
        padLeft -= n;
      } else {
        const n = chunk.copy(head, headFill, at, Math.min(chunk.length, at + BLOCK - headFill));
        headFill += n;
        at += n;
        if (headFill === BLOCK) {
          headFill = 0;
          startEntry();
        }
      }
    }
  };

  let failure: unknown;
  const control: { stop?: () => void } = {};
  const zstd = await decompress(file, (chunk) => {
    if (failure || ended) return;
    try {
      feed(chunk);
    } catch (e) {
      failure = e;
      control.stop?.();
    }
  });
  control.stop = zstd.stop;
  // A failure in bytes that came before decompress() returned (possible on the pipe path).
  if (failure) zstd.stop();
  await zstd.output.catch((e: unknown) => (failure ??= e));
  try {
    await zstd.exited;
  } catch (e) {
    // Killed after a failure, or after the end marker (whatever follows it is not read).
    if (!failure && !ended)
      throw new AtmosError(`bundle ${file} is not a readable .tar.zst`, {
        code: 'BUNDLE_CORRUPT',
        explanation: (e as AtmosError).explanation ?? String(e),
        cause: e,
      });
  }
  if (failure) throw failure;
  if (!ended) throw damaged(file, dataLeft > 0 || padLeft > 0 || headFill > 0 ? 'it ends inside an entry' : 'no end-of-archive marker');
}
