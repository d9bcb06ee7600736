/**
 * On-disk layout of the registry cache (the path is the key; no database):
 *
 *   providers/<host>/<ns>/<type>/terraform-provider-<type>_<v>_<os>_<arch>.zip   ← `terraform providers mirror` packed layout
 *   providers/<host>/<ns>/<type>/terraform-provider-<type>_<v>_<os>_<arch>.zip.hashes.json  {"h1","zh"} sidecar
 *   providers/<host>/<ns>/<type>/terraform-provider-<type>_<v>_SHA256SUMS[.sig]  upstream bytes, unchanged
 *   providers/<host>/<ns>/<type>/index.json, <v>.json                            network-mirror JSON of the cached zips
 *   metadata/providers/<host>/<ns>/<type>/versions.json                          upstream registry answers (envelopes)
 *   metadata/providers/<host>/<ns>/<type>/<v>/download/<os>_<arch>.json
 *   metadata/discovery/<host>.json                                               upstream `.well-known/terraform.json`
 *   modules/<host>/<ns>/<name>/<system>/versions.json                            envelopes
 *   modules/<host>/<ns>/<name>/<system>/<v>/download.json                        resolved upstream source (not our URL)
 *   modules/_archives/<id>.tar.gz (+ <id>.json {source, sha256, size})           module packages, id = sha256(source)[:32]
 *
 * So `providers/` is directly usable as a `filesystem_mirror` (and as a static network
 * mirror). Everything is written by temp file + rename: a reader sees the old file, the
 * new file or nothing — never a torn one. `tls/` belongs to the TLS code, not to this store.
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isFile, tempSibling, writeFileAtomic } from '../common/atomicFile.js';
import { withFileLock } from '../common/fileLock.js';
import { isAlive } from '../common/process.js';
import { SingleFlight } from '../common/singleFlight.js';
import type { RegistrySharedTier } from './sharedTier.js';

export interface MetaEnvelope {
  /** When upstream answered (ms since epoch). */
  fetchedAt: number;
  status: number;
  /** Final upstream URL (after redirects) — relative URLs in the body resolve against it. */
  url: string;
  body: string;
  headers?: Record<string, string>;
}

export class MirrorStore {
  readonly root: string;
  private readonly memory = new Map<string, MetaEnvelope>();
  private readonly fills = new SingleFlight<FillOutcome>();
  private readonly lockStaleMs: number;
  /** The fleet tier (`components.terraform.cache.store`), when configured. */
  readonly shared?: RegistrySharedTier;

  constructor(root: string, options: { lockStaleMs?: number; shared?: RegistrySharedTier } = {}) {
    this.root = path.resolve(root);
    this.lockStaleMs = options.lockStaleMs ?? 15_000;
    this.shared = options.shared;
  }

  providerDir(host: string, ns: string, type: string): string {
    return path.join(this.root, 'providers', host, ns, type);
  }
  providerZip(host: string, ns: string, type: string, version: string, os: string, arch: string): string {
    return path.join(this.providerDir(host, ns, type), providerZipName(type, version, os, arch));
  }
  providerShasums(host: string, ns: string, type: string, version: string, sig = false): string {
    return path.join(this.providerDir(host, ns, type), `terraform-provider-${type}_${version}_SHA256SUMS${sig ? '.sig' : ''}`);
  }
  providerMeta(host: string, ns: string, type: string, ...rest: string[]): string {
    return path.join(this.root, 'metadata', 'providers', host, ns, type, ...rest);
  }
  discovery(host: string): string {
    return path.join(this.root, 'metadata', 'discovery', `${host}.json`);
  }
  moduleMeta(host: string, ns: string, name: string, system: string, ...rest: string[]): string {
    return path.join(this.root, 'modules', host, ns, name, system, ...rest);
  }
  archive(id: string): string {
    return path.join(this.root, 'modules', '_archives', `${id}.tar.gz`);
  }
  archiveInfo(id: string): string {
    return path.join(this.root, 'modules', '_archives', `${id}.json`);
  }

  /** A cached metadata envelope: memory first, then disk (another process may have written it). */
  async readMeta(file: string, options: { fromDisk?: boolean } = {}): Promise<MetaEnvelope | undefined> {
    const mem = this.memory.get(file);
    if (mem && !options.fromDisk) return mem;
    try {
      const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as MetaEnvelope;
      if (typeof parsed.fetchedAt !== 'number' || typeof parsed.body !== 'string') return mem;
      if (!mem || parsed.fetchedAt > mem.fetchedAt) this.memory.set(file, parsed);
      return this.memory.get(file);
    } catch {
      return mem;
    }
  }

  async writeMeta(file: string, envelope: MetaEnvelope): Promise<void> {
    this.memory.set(file, envelope);
    await writeFileAtomic(file, JSON.stringify(envelope));
    this.shared?.writeMeta(file, envelope);
  }

  /**
   * The fleet tier's copy of an envelope when it is newer than `local` (another machine
   * fetched it since); adopted onto the local disk. Undefined without a tier or a newer copy.
   */
  async readSharedMeta(file: string, local: MetaEnvelope | undefined): Promise<MetaEnvelope | undefined> {
    const shared = await this.shared?.readMeta(file);
    if (!shared || (local && shared.fetchedAt <= local.fetchedAt)) return undefined;
    this.memory.set(file, shared);
    await writeFileAtomic(file, JSON.stringify(shared));
    return shared;
  }

  async readJson<T>(file: string): Promise<T | undefined> {
    try {
      return JSON.parse(await fs.readFile(file, 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  /**
   * Produce an immutable file exactly once across requests and processes:
   * in-process single-flight → cross-process lock → re-check → produce into a temp
   * sibling → rename. `produce` must throw (and is then not committed) if the bytes
   * are not the expected ones. Returns 'hit' when someone else already committed it.
   *
   * With the fleet tier: the store is tried before `produce` ('shared' when it had the
   * artifact; `sidecars` are files `produce` writes next to the target, fetched and
   * published with it), one machine downloads while the others wait for its upload, and
   * what `produce` made is written through.
   */
  fill(target: string, produce: (tmp: string) => Promise<void>, options: { sidecars?: string[] } = {}): Promise<FillOutcome> {
    return this.fills.run(target, async () => {
      if (await isFile(target)) return 'hit';
      return withFileLock(
        target,
        async () => {
          if (await isFile(target)) return 'hit';
          await removeDeadTemps(target);
          const tmp = tempSibling(target, 'part');
          const shared = this.shared;
          let leased = false;
          try {
            if (shared) {
              const from = await shared.fetchOrLease(target, tmp, options.sidecars);
              leased = from === 'leased';
              if (from === 'fetched') {
                await fs.chmod(tmp, 0o644);
                await fs.rename(tmp, target);
                return 'shared';
              }
            }
            await produce(tmp);
            await fs.chmod(tmp, 0o644);
            await fs.rename(tmp, target);
            if (shared) await shared.publish(target, options.sidecars);
          } catch (err) {
            await fs.rm(tmp, { force: true, recursive: true });
            throw err;
          } finally {
            if (leased) await shared!.releaseLease(target);
          }
          return 'filled';
        },
        { staleMs: this.lockStaleMs },
      );
    });
  }

  /** Wait for every in-flight fill (used on shutdown after aborting them). */
  async drain(): Promise<void> {
    await this.fills.drain();
    await this.shared?.drain();
  }
}

/** 'shared' = taken from the fleet tier's object store instead of upstream. */
export type FillOutcome = 'hit' | 'filled' | 'shared';

export function providerZipName(type: string, version: string, os: string, arch: string): string {
  return `terraform-provider-${type}_${version}_${os}_${arch}.zip`;
}

/** Parse `terraform-provider-<type>_<version>_<os>_<arch>.zip` from the tail (the type may contain `_`). */
export function parseProviderZipName(type: string, filename: string): { version: string; os: string; arch: string } | undefined {
  const prefix = `terraform-provider-${type}_`;
  if (!filename.startsWith(prefix) || !filename.endsWith('.zip')) return undefined;
  const parts = filename.slice(prefix.length, -'.zip'.length).split('_');
  if (parts.length < 3) return undefined;
  const arch = parts.pop()!;
  const os = parts.pop()!;
  return { version: parts.join('_'), os, arch };
}

/** Temp files of a process that died mid-fill (kill -9) would otherwise stay forever. */
async function removeDeadTemps(target: string): Promise<void> {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.part-`;
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) await fs.rm(path.join(dir, name), { force: true });
  }
}
