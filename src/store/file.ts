// The local-directory backend (`file:///path`, e.g. an NFS share for self-hosted runners).
// Each object is one file: an 8-byte tag + length, a JSON header (size, metadata), then the
// content — so the object and its metadata change together with a single rename, and a
// reader never pairs new bytes with old metadata. Writes go to a temp file in the store
// (same file system), then rename (overwrite) or link (create-if-absent: link() fails with
// EEXIST atomically, even on NFS).

import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { GetOptions, ObjectInfo, ObjectStoreBackend, PutOptions, PutResult } from './types.js';

const MAGIC = Buffer.from('ATM1');
const TEMP_DIR = '.atmos-tmp';

interface Header {
  size: number;
  metadata: Record<string, string>;
  contentType?: string;
}

export class FileStore implements ObjectStoreBackend {
  readonly kind = 'file' as const;
  constructor(
    readonly root: string,
    readonly url: string,
  ) {}

  private pathOf(key: string): string {
    const p = path.resolve(this.root, key);
    // Keys come from our own code, but a key built from a cache key must never leave the root.
    if (!p.startsWith(this.root + path.sep)) throw new Error(`store key ${JSON.stringify(key)} escapes ${this.root}`);
    return p;
  }

  /**
   * The object's header, from one open of the file. With `keepOpen` the handle is returned
   * (and owned by the caller) so the body is read from the same inode: a file replaced or
   * deleted after the header was read (a released lease) must not turn into ENOENT midway.
   */
  private async readHeader(file: string, keepOpen = false): Promise<{ header: Header; offset: number; mtime: Date; handle?: fs.FileHandle } | undefined> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw err;
    }
    let result: { header: Header; offset: number; mtime: Date } | undefined;
    try {
      const st = await handle.stat();
      if (!st.isFile()) return undefined;
      const fixed = Buffer.alloc(8);
      const { bytesRead } = await handle.read(fixed, 0, 8, 0);
      if (bytesRead < 8 || !fixed.subarray(0, 4).equals(MAGIC)) return (result = { header: { size: -1, metadata: {} }, offset: 0, mtime: st.mtime });
      const len = fixed.readUInt32BE(4);
      const json = Buffer.alloc(len);
      await handle.read(json, 0, len, 8);
      const header = JSON.parse(json.toString('utf8')) as Header;
      // A truncated file (disk full, killed copy) shows as a size mismatch: the caller sees a corrupt object.
      if (st.size - 8 - len !== header.size) header.metadata = { ...header.metadata, sha256: 'truncated' };
      return (result = { header, offset: 8 + len, mtime: st.mtime });
    } catch {
      return (result = { header: { size: -1, metadata: {} }, offset: 0, mtime: new Date(0) });
    } finally {
      if (keepOpen && result && result.header.size >= 0) Object.assign(result, { handle });
      else await handle.close();
    }
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    const h = await this.readHeader(this.pathOf(key));
    if (!h) return undefined;
    return { key, size: h.header.size, modified: h.mtime, metadata: h.header.metadata };
  }

  async get(key: string, options: GetOptions = {}): Promise<{ body: Readable; info: ObjectInfo } | undefined> {
    const h = await this.readHeader(this.pathOf(key), true);
    if (!h) return undefined;
    const info: ObjectInfo = { key, size: h.header.size, modified: h.mtime, metadata: h.header.metadata };
    if (!h.handle) return { body: Readable.from([]), info };
    const start = h.offset + (options.range?.start ?? 0);
    const end = options.range?.end !== undefined ? h.offset + options.range.end : undefined;
    // The stream closes the handle when it ends or is destroyed.
    return { body: h.handle.createReadStream({ start, end }), info };
  }

  async put(key: string, source: { file: string } | { bytes: Uint8Array }, options: PutOptions = {}): Promise<PutResult> {
    const target = this.pathOf(key);
    const tmpDir = path.join(this.root, TEMP_DIR);
    await fs.mkdir(tmpDir, { recursive: true });
    await fs.mkdir(path.dirname(target), { recursive: true });
    const tmp = path.join(tmpDir, `${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      const size = 'file' in source ? (await fs.stat(source.file)).size : source.bytes.byteLength;
      const header = Buffer.from(JSON.stringify({ size, metadata: options.metadata ?? {}, contentType: options.contentType } satisfies Header));
      const fixed = Buffer.alloc(8);
      MAGIC.copy(fixed);
      fixed.writeUInt32BE(header.length, 4);
      const out = createWriteStream(tmp, { flags: 'wx' });
      const body = 'file' in source ? createReadStream(source.file) : Readable.from([Buffer.from(source.bytes)]);
      await pipeline(
        (async function* () {
          yield fixed;
          yield header;
          for await (const chunk of body) yield chunk as Buffer;
        })(),
        out,
      );
      if (options.ifAbsent) {
        try {
          await fs.link(tmp, target);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
          throw err;
        }
        return 'created';
      }
      await fs.rename(tmp, target);
      return 'created';
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    // Walk only the directory the prefix names; filter the rest by string prefix.
    const slash = prefix.lastIndexOf('/');
    const baseRel = slash >= 0 ? prefix.slice(0, slash) : '';
    const walk = async function* (this: FileStore, rel: string): AsyncGenerator<ObjectInfo> {
      let entries;
      try {
        entries = await fs.readdir(rel ? path.join(this.root, rel) : this.root, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const child = rel ? `${rel}/${e.name}` : e.name;
        if (!rel && e.name === TEMP_DIR) continue;
        if (!child.startsWith(prefix) && !prefix.startsWith(`${child}/`)) continue;
        if (e.isDirectory()) yield* walk.call(this, child);
        else if (e.isFile() && child.startsWith(prefix)) {
          const info = await this.head(child);
          if (info) yield info;
        }
      }
    };
    yield* walk.call(this, baseRel);
  }

  async delete(key: string): Promise<boolean> {
    try {
      await fs.unlink(this.pathOf(key));
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  }

  async conditionalWrites(): Promise<'native'> {
    return 'native';
  }

  /** Temp files of killed writers (older than `olderThanMs`); `store prune` removes them. */
  async staleTemps(olderThanMs: number, now = Date.now()): Promise<string[]> {
    const dir = path.join(this.root, TEMP_DIR);
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    const out: string[] = [];
    for (const n of names) {
      const st = await fs.stat(path.join(dir, n)).catch(() => undefined);
      if (st && now - st.mtimeMs > olderThanMs) out.push(path.join(dir, n));
    }
    return out;
  }
}
