// The store as the engines use it: every object written carries its content sha256 and who
// wrote it (host, CI run); every full read is verified against that hash, and a corrupt or
// partial object is reported, deleted and treated as a miss (the caller fetches upstream and
// writes it again). The shared tier must never make a job worse than running without it:
// any failure (unreachable, slow, denied) is warned about once and the operation answers
// "miss"/"not stored"; after a failure that says the store is down, later calls do not wait
// on it again. Writes denied (403) disable writes only.

import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AtmosError, errorMessage } from '../common/errors.js';
import { silentLogger, type Logger } from '../common/logger.js';
import { META_SHA256, META_WRITER_HOST, META_WRITER_RUN, type ConditionalWrites, type ObjectInfo, type ObjectStoreBackend, type PutResult } from './types.js';

export interface FleetStoreOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Longest wait for one metadata operation (head, list page, small put); default 30 s. */
  timeoutMs?: number;
  /** Longest silence while an object body is read; default 30 s. */
  idleTimeoutMs?: number;
}

export type StorePutOutcome = PutResult | 'failed';

/** Who wrote an object, for audits: host name and CI run (GitHub run id/attempt, GitLab job, else pid). */
export function writerMetadata(env: NodeJS.ProcessEnv): Record<string, string> {
  const run = env.GITHUB_RUN_ID
    ? `github:${env.GITHUB_REPOSITORY ?? ''}/${env.GITHUB_RUN_ID}/${env.GITHUB_RUN_ATTEMPT ?? '1'}`
    : env.CI_JOB_ID
      ? `gitlab:${env.CI_PROJECT_PATH ?? ''}/${env.CI_JOB_ID}`
      : `pid:${process.pid}`;
  return { [META_WRITER_HOST]: os.hostname(), [META_WRITER_RUN]: run };
}

class StoreTimeout extends Error {
  override readonly name = 'StoreTimeout';
}

function httpStatus(err: unknown): number | undefined {
  const e = err as { $metadata?: { httpStatusCode?: number }; statusCode?: number };
  return e.$metadata?.httpStatusCode ?? e.statusCode;
}

export class FleetStore {
  readonly url: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly logger: Logger;
  private readonly timeoutMs: number;
  private readonly idleTimeoutMs: number;
  private down?: string;
  private writesDenied?: string;
  private warned = false;
  /** Corrupt or partial objects found (and removed) by this process, for reports and `store verify`. */
  readonly corrupt: string[] = [];

  constructor(
    private readonly backendPromise: Promise<ObjectStoreBackend>,
    url: string,
    options: FleetStoreOptions = {},
  ) {
    this.url = url;
    this.env = options.env ?? process.env;
    this.logger = options.logger ?? silentLogger;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 30_000;
    // An SDK that cannot even be set up (missing credentials) is a store that is down.
    backendPromise.catch(() => undefined);
  }

  /** The store answered nothing useful earlier in this process; later calls skip it. */
  get available(): boolean {
    return this.down === undefined;
  }

  backend(): Promise<ObjectStoreBackend> {
    return this.backendPromise;
  }

  private warnOnce(message: string): void {
    if (this.warned) {
      this.logger.debug(message);
      return;
    }
    this.warned = true;
    this.logger.warn(message);
  }

  private fail(op: string, key: string, err: unknown): void {
    const code = httpStatus(err);
    const msg = err instanceof AtmosError && err.hint ? `${err.message}. ${err.hint}` : errorMessage(err);
    if (op === 'put' && (code === 403 || code === 401)) {
      this.writesDenied ??= msg;
      this.warnOnce(`fleet store ${this.url}: writes denied (${code}: ${msg}); reading only, continuing without writing to it`);
      return;
    }
    this.down ??= msg;
    this.warnOnce(`fleet store ${this.url} unavailable (${op} ${key}: ${msg}); continuing without it`);
  }

  private async guarded<T>(op: string, key: string, fallback: T, fn: (b: ObjectStoreBackend) => Promise<T>): Promise<T> {
    if (this.down !== undefined) return fallback;
    if (op === 'put' && this.writesDenied !== undefined) return fallback;
    let timer: NodeJS.Timeout | undefined;
    try {
      const backend = await this.backendPromise;
      return await Promise.race([
        fn(backend),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new StoreTimeout(`no answer within ${Math.round(this.timeoutMs / 1000)} s`)), this.timeoutMs);
          timer.unref();
        }),
      ]);
    } catch (err) {
      this.fail(op, key, err);
      return fallback;
    } finally {
      clearTimeout(timer);
    }
  }

  async conditionalWrites(): Promise<ConditionalWrites | undefined> {
    return this.guarded('probe', '', undefined, (b) => b.conditionalWrites());
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    return this.guarded('head', key, undefined, (b) => b.head(key));
  }

  /** Every object under the prefix (empty when the store is down). */
  async list(prefix: string): Promise<ObjectInfo[]> {
    return this.guarded('list', prefix, [] as ObjectInfo[], async (b) => {
      const out: ObjectInfo[] = [];
      for await (const o of b.list(prefix)) out.push(o);
      return out;
    });
  }

  async delete(key: string): Promise<boolean> {
    return this.guarded('delete', key, false, (b) => b.delete(key));
  }

  /**
   * Write a local file or bytes with its sha256 and writer metadata. `ifAbsent` creates only
   * when nothing is there: natively where the store enforces it, else by a check first
   * (two writers in the same instant may then both write; see docs/fleet.md).
   */
  async put(
    key: string,
    source: { file: string } | { bytes: Uint8Array },
    options: { ifAbsent?: boolean; metadata?: Record<string, string>; contentType?: string } = {},
  ): Promise<StorePutOutcome> {
    const sha256 = 'file' in source ? await fileSha256(source.file) : createHash('sha256').update(source.bytes).digest('hex');
    const metadata = { ...options.metadata, [META_SHA256]: sha256, ...writerMetadata(this.env) };
    return this.guarded('put', key, 'failed' as StorePutOutcome, async (b) => {
      if (options.ifAbsent && (await b.conditionalWrites()) === 'none' && (await b.head(key))) return 'exists';
      // A large upload may legitimately take longer than one metadata call: no overall timeout on it, the SDKs' own apply.
      return b.put(key, source, { ifAbsent: options.ifAbsent, metadata, contentType: options.contentType });
    });
  }

  /**
   * Download a whole object into `dest` (temp sibling + rename), verifying its sha256.
   * Missing, corrupt (removed from the store and reported) or store down → undefined.
   */
  async fetchFile(key: string, dest: string): Promise<ObjectInfo | undefined> {
    if (this.down !== undefined) return undefined;
    await fs.mkdir(path.dirname(dest), { recursive: true });
    const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.store-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      const got = await this.guarded('get', key, undefined, (b) => b.get(key));
      if (!got) return undefined;
      const hash = createHash('sha256');
      let bytes = 0;
      try {
        // One pass-through stage hashes, counts and keeps the idle watchdog: each extra stage costs throughput.
        const onChunk = (chunk: Buffer) => {
          hash.update(chunk);
          bytes += chunk.length;
        };
        await pipeline(got.body, this.watchdog(key, onChunk), createWriteStream(tmp, { highWaterMark: 1 << 20 }));
      } catch (err) {
        this.fail('get', key, err);
        return undefined;
      }
      const actual = hash.digest('hex');
      if (!(await this.accept(key, got.info, actual, bytes))) return undefined;
      await fs.rename(tmp, dest);
      return got.info;
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }

  /** A whole (small) object in memory, verified like fetchFile. */
  async getBytes(key: string): Promise<{ bytes: Buffer; info: ObjectInfo } | undefined> {
    const got = await this.guarded('get', key, undefined, (b) => b.get(key));
    if (!got) return undefined;
    const chunks: Buffer[] = [];
    try {
      await pipeline(got.body, this.watchdog(key), async (source: AsyncIterable<Buffer>) => {
        for await (const c of source) chunks.push(c);
      });
    } catch (err) {
      this.fail('get', key, err);
      return undefined;
    }
    const bytes = Buffer.concat(chunks);
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (!(await this.accept(key, got.info, actual, bytes.length))) return undefined;
    return { bytes, info: got.info };
  }

  /** A byte range, unverified (a range cannot be checked against the whole object's hash). */
  async getRange(key: string, start: number, end?: number): Promise<Readable | undefined> {
    const got = await this.guarded('get', key, undefined, (b) => b.get(key, { range: { start, end } }));
    return got?.body;
  }

  /** Hash and size checked; a mismatch is reported, the object deleted so the next writer replaces it. */
  private async accept(key: string, info: ObjectInfo, actual: string, bytes: number): Promise<boolean> {
    const expected = info.metadata?.[META_SHA256];
    if (expected === actual && (info.size <= 0 || info.size === bytes)) return true;
    const why = !expected ? 'it carries no sha256 metadata' : expected === 'truncated' ? 'it is truncated' : `sha256 ${actual} ≠ recorded ${expected}`;
    this.corrupt.push(key);
    this.logger.warn(`fleet store ${this.url}: ignoring corrupt object ${key} (${why}); it is removed and will be replaced`);
    await this.guarded('delete', key, false, (b) => b.delete(key));
    return false;
  }

  /** Abort a body that stops flowing for idleTimeoutMs (a slow store must not hang the job). */
  private watchdog(key: string, onChunk?: (chunk: Buffer) => void): Transform {
    let timer: NodeJS.Timeout | undefined;
    const idle = this.idleTimeoutMs;
    const arm = (t: Transform) => {
      clearTimeout(timer);
      timer = setTimeout(() => t.destroy(new StoreTimeout(`download of ${key} stalled for ${Math.round(idle / 1000)} s`)), idle);
      timer.unref();
    };
    const t: Transform = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        arm(t);
        onChunk?.(chunk);
        cb(null, chunk);
      },
      flush(cb) {
        clearTimeout(timer);
        cb();
      },
      destroy(err, cb) {
        clearTimeout(timer);
        cb(err);
      },
    });
    arm(t);
    return t;
  }

  /**
   * A lease for "one downloader per artifact across machines": created if absent with an
   * expiry; an expired lease (its holder died) is taken over. True when this caller holds it.
   * On a store without conditional writes two callers may both win — the cost is one extra
   * upstream fetch, never a wrong answer.
   */
  async acquireLease(key: string, ttlMs: number): Promise<boolean> {
    const nonce = randomBytes(8).toString('hex');
    const body = Buffer.from(JSON.stringify({ expires: Date.now() + ttlMs, nonce, ...writerMetadata(this.env) }));
    // Without conditional writes the last writer wins: read back and hold the lease only if it is still ours.
    const ours = async () => {
      if ((await this.conditionalWrites()) !== 'none') return true;
      const back = await this.getBytes(key);
      return back !== undefined && back.bytes.toString('utf8').includes(`"nonce":"${nonce}"`);
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      const put = await this.put(key, { bytes: body }, { ifAbsent: true, contentType: 'application/json' });
      if (put === 'created') return ours();
      if (put === 'failed') return false;
      const current = await this.getBytes(key);
      // Gone (released) or not readable yet (its upload is committing): ask again, never delete what we did not read.
      if (!current) continue;
      let expires = 0;
      try {
        expires = Number((JSON.parse(current.bytes.toString('utf8')) as { expires?: number }).expires ?? 0);
      } catch {
        /* unreadable lease: treat as expired */
      }
      if (expires > Date.now()) return false;
      await this.delete(key); // its holder died: take over
    }
    return false;
  }

  async releaseLease(key: string): Promise<void> {
    await this.delete(key);
  }

  /**
   * "One downloader per object across machines", for a tier in front of an upstream:
   * - `fetched`: the object was in the store (or appeared while another machine held the
   *   lease) and is now verified at `dest`;
   * - `leased`: this caller downloads it (and should put it, then `releaseLease(leaseKey)`);
   * - `open`: download without a lease (store down, or the holder outlived its lease).
   */
  async fetchOrLease(key: string, dest: string, leaseKey: string, ttlMs: number, pollMs = 150): Promise<'fetched' | 'leased' | 'open'> {
    if (!this.available) return 'open';
    if (await this.fetchFile(key, dest)) return 'fetched';
    if (!this.available) return 'open';
    // Double-checked: the previous holder may have uploaded and released between our miss and our lease.
    const lead = async (): Promise<'fetched' | 'leased'> => {
      if (!(await this.fetchFile(key, dest))) return 'leased';
      await this.releaseLease(leaseKey);
      return 'fetched';
    };
    const deadline = Date.now() + ttlMs;
    while (this.available && Date.now() < deadline) {
      if (await this.acquireLease(leaseKey, ttlMs)) return lead();
      // Another machine holds it: wait for its upload, or for the lease to go (then try to take it).
      while (Date.now() < deadline && this.available) {
        await new Promise((r) => setTimeout(r, pollMs));
        if (await this.head(key)) return (await this.fetchFile(key, dest)) ? 'fetched' : 'open';
        if (!(await this.head(leaseKey))) break;
      }
    }
    return 'open';
  }
}

export async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  const { createReadStream } = await import('node:fs');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
