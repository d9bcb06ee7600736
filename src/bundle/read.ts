/**
 * Reading bundles: `verify` (every hash, every provider signature, completeness against lock
 * files), `import` (verify while unpacking into a staging directory, then move objects into
 * place — nothing moves unless everything verified, and a different object already under the
 * same name stops the import), `ls` (the manifest) and `diff` (what changed between two).
 */

import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  fchmodSync,
  mkdirSync,
  openSync,
  promises as fs,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { tempSibling } from '../common/atomicFile.js';
import { AtmosError } from '../common/errors.js';
import { silentLogger, type Logger } from '../common/logger.js';
import type { LoadedConfig } from '../config/index.js';
import { gitMirrorRoot, MIRROR_INFO } from '../gitmirror/index.js';
import { registryCacheLocation, verifyDetachedSignature } from '../mirror/index.js';
import { parseLockFile, toolchainSettings } from '../toolchain/index.js';
import { entryBuffer, readTarZst, scanTarZst, type EntryBytes } from './archive.js';
import { parseTerraformLock } from './lockHcl.js';
import { MANIFEST_NAME, parseManifest, type Manifest, type ObjectArea } from './manifest.js';

export interface VerifyReport {
  file: string;
  manifest: Manifest;
  objects: number;
  bytes: number;
  signaturesChecked: number;
  /** Empty when the bundle is sound. */
  problems: string[];
}

/** Small objects kept in memory for the signature and lock checks. */
const KEEP = /(_SHA256SUMS(\.sig)?|\/download\/[^/]+\.json)$/;

/** Where an object's verified bytes go while the bundle is read (a staging file, a directory). */
export type ObjectSink = (objectPath: string, size: number) => EntryBytes | undefined;

/**
 * Read the whole bundle once: check each object's hash and size as it streams by (and hand
 * its bytes to `sink`, which writes them somewhere), then the signatures and the completeness.
 */
async function scanBundle(file: string, options: { lockFiles?: { path: string; text: string }[]; sink?: ObjectSink }): Promise<VerifyReport> {
  let manifest: Manifest | undefined;
  const problems: string[] = [];
  const expected = new Map<string, { sha256: string; size: number }>();
  const seen = new Set<string>();
  const kept = new Map<string, Buffer>();
  const hashes = new Map<string, string>();
  let bytes = 0;
  await scanTarZst(file, (entry) => {
    if (!manifest) {
      if (entry.path !== MANIFEST_NAME) throw new AtmosError(`${file}: the first entry is ${entry.path}, not ${MANIFEST_NAME}`, { code: 'BUNDLE_CORRUPT' });
      const chunks: Buffer[] = [];
      return {
        data: (c) => chunks.push(Buffer.from(c)),
        end: () => {
          manifest = parseManifest(Buffer.concat(chunks), file);
          for (const o of manifest.objects) expected.set(o.path, o);
        },
      };
    }
    const objectPath = entry.path.startsWith('objects/') ? entry.path.slice('objects/'.length) : undefined;
    const want = objectPath ? expected.get(objectPath) : undefined;
    if (!objectPath || !want || entry.type !== 'File' || seen.has(objectPath)) {
      problems.push(`unexpected entry ${entry.path}${entry.type !== 'File' ? ` (${entry.type})` : ''}`);
      return undefined;
    }
    seen.add(objectPath);
    const hash = createHash('sha256');
    let size = 0;
    const chunks: Buffer[] | undefined = KEEP.test(objectPath) && want.size < 1024 * 1024 ? [] : undefined;
    const out = options.sink?.(objectPath, want.size);
    return {
      data: (c) => {
        hash.update(c);
        size += c.length;
        chunks?.push(Buffer.from(c));
        out?.data(c);
      },
      end: () => {
        out?.end();
        const sha256 = hash.digest('hex');
        bytes += size;
        hashes.set(objectPath, sha256);
        if (chunks) kept.set(objectPath, Buffer.concat(chunks));
        if (sha256 !== want.sha256 || size !== want.size)
          problems.push(`${objectPath}: sha256 ${sha256} (${size} bytes) does not match the manifest's ${want.sha256} (${want.size} bytes)`);
      },
    };
  });
  if (!manifest) throw new AtmosError(`${file} is empty`, { code: 'BUNDLE_CORRUPT' });
  for (const p of expected.keys()) if (!seen.has(p)) problems.push(`${p}: listed in the manifest but not in the bundle`);
  const signaturesChecked = await checkProviders(manifest, kept, hashes, problems);
  checkCompleteness(manifest, options.lockFiles ?? manifest.inputs, problems);
  return { file, manifest, objects: seen.size, bytes, signaturesChecked, problems };
}

/** Each provider zip: listed in its SHA256SUMS, whose signature verifies with the key the registry gave. */
async function checkProviders(m: Manifest, kept: Map<string, Buffer>, hashes: Map<string, string>, problems: string[]): Promise<number> {
  let checked = 0;
  const sigOk = new Map<string, boolean>();
  for (const o of m.objects) {
    const z = /^registry\/providers\/([^/]+)\/([^/]+)\/([^/]+)\/terraform-provider-(.+)_(\d[^_]*)_([^_]+)_([^_]+)\.zip$/.exec(o.path);
    if (!z) continue;
    const [, host, ns, type, , version, os, arch] = z as unknown as string[];
    const dir = `registry/providers/${host}/${ns}/${type}`;
    const sumsPath = `${dir}/terraform-provider-${type}_${version}_SHA256SUMS`;
    const sums = kept.get(sumsPath);
    const sig = kept.get(`${sumsPath}.sig`);
    const dl = kept.get(`registry/metadata/providers/${host}/${ns}/${type}/${version}/download/${os}_${arch}.json`);
    const name = `${host}/${ns}/${type} ${version} (${os}_${arch})`;
    if (!sums || !sig || !dl) {
      problems.push(`provider ${name}: SHA256SUMS, its signature or the registry's download answer is missing`);
      continue;
    }
    const zipName = o.path.split('/').pop()!;
    const listed = sums
      .toString('utf8')
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .find((parts) => parts[1] === zipName)?.[0];
    if (listed !== hashes.get(o.path)) problems.push(`provider ${name}: the zip's sha256 is not the one SHA256SUMS lists`);
    if (!sigOk.has(sumsPath)) {
      let keys: string[] = [];
      try {
        const envelope = JSON.parse(dl.toString('utf8')) as { body: string };
        const body = JSON.parse(envelope.body) as { signing_keys?: { gpg_public_keys?: { ascii_armor?: string }[] } };
        keys = (body.signing_keys?.gpg_public_keys ?? []).map((k) => k.ascii_armor ?? '').filter(Boolean);
      } catch {
        // No keys: reported below.
      }
      sigOk.set(sumsPath, await verifyDetachedSignature(sums, sig, keys));
      checked++;
    }
    if (!sigOk.get(sumsPath)) problems.push(`provider ${name}: the SHA256SUMS signature does not verify with the registry's signing key`);
  }
  return checked;
}

function checkCompleteness(m: Manifest, locks: { path: string; text: string }[], problems: string[]): void {
  const objects = new Map(m.objects.map((o) => [o.path, o]));
  for (const lock of locks) {
    if (lock.path.endsWith('.hcl')) {
      for (const p of parseTerraformLock(lock.text)) {
        const entry = m.providers.find((b) => b.address === p.address && b.version === p.version);
        if (!entry || entry.platforms.length === 0) {
          problems.push(`${lock.path}: provider ${p.address} ${p.version} is not in the bundle`);
          continue;
        }
        if (p.zh.length === 0) continue;
        const [host, ns, type] = p.address.split('/');
        for (const platform of entry.platforms) {
          const zip = objects.get(`registry/providers/${host}/${ns}/${type}/terraform-provider-${type}_${p.version}_${platform}.zip`);
          if (zip && !p.zh.includes(zip.sha256))
            problems.push(`${lock.path}: provider ${p.address} ${p.version} (${platform}) does not match the lock file's zh: hashes`);
        }
      }
    } else {
      let data;
      try {
        data = parseLockFile(lock.text, lock.path);
      } catch (err) {
        problems.push(`${lock.path}: ${(err as Error).message}`);
        continue;
      }
      for (const [name, tool] of Object.entries(data.tools)) {
        for (const [version, v] of Object.entries(tool.versions)) {
          for (const platform of m.platforms) {
            if (!v.platforms[platform]) continue;
            if (!m.tools.some((t) => t.name === name && t.version === version && t.platform === platform && objects.has(t.object))) {
              problems.push(`${lock.path}: tool ${name}@${version} (${platform}) is not in the bundle`);
            }
          }
        }
      }
    }
  }
}

function corrupt(report: VerifyReport): AtmosError {
  return new AtmosError(`bundle ${report.file} failed verification (${report.problems.length} problem${report.problems.length === 1 ? '' : 's'})`, {
    code: 'BUNDLE_CORRUPT',
    explanation: report.problems
      .slice(0, 30)
      .map((p) => `  ${p}`)
      .join('\n'),
    hint: 'Nothing was imported. Copy the bundle again, or create a new one on the connected machine.',
  });
}

export async function verifyBundle(file: string, options: { lockFiles?: string[] } = {}): Promise<VerifyReport> {
  const lockFiles = options.lockFiles?.length
    ? await Promise.all(options.lockFiles.map(async (p) => ({ path: p, text: await fs.readFile(p, 'utf8') })))
    : undefined;
  return scanBundle(file, { lockFiles });
}

export interface ImportReport {
  file: string;
  added: number;
  identical: number;
  /** Metadata replaced by a newer copy from the bundle. */
  updated: number;
  /** Local metadata kept because it is newer than the bundle's. */
  kept: number;
  bytes: number;
}

export interface ImportOptions {
  config: LoadedConfig;
  logger?: Logger;
}

/** Where each area of a bundle lands for this configuration. */
export function importRoots(config: LoadedConfig): Record<ObjectArea, string> {
  return {
    tools: path.join(toolchainSettings(config).installRoot, 'downloads'),
    registry: registryCacheLocation(config),
    git: gitMirrorRoot(config.cacheRoot),
    cache: config.cacheRoot,
  };
}

function destination(roots: Record<ObjectArea, string>, objectPath: string): string {
  const [area, ...rest] = objectPath.split('/');
  return path.join(roots[area as ObjectArea], ...rest);
}

/** Mutable metadata (version lists, download answers, sidecars): the newer copy wins. Everything else is immutable. */
function isMetadata(objectPath: string): boolean {
  return objectPath.endsWith('.json') && !objectPath.startsWith('tools/');
}

function fetchedAt(file: string): number {
  try {
    const v = (JSON.parse(readFileSync(file, 'utf8')) as { fetchedAt?: unknown }).fetchedAt;
    return typeof v === 'number' ? v : 0;
  } catch {
    return 0;
  }
}

/** The sha256 of what is at `file` now; undefined when nothing (readable) is there. */
async function sha256Of(file: string): Promise<string | undefined> {
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st) return undefined;
  try {
    if (st.size <= 1024 * 1024) return createHash('sha256').update(readFileSync(file)).digest('hex');
    const hash = createHash('sha256');
    for await (const c of (await fs.open(file)).createReadStream({ highWaterMark: 1024 * 1024 })) hash.update(c as Buffer);
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * A new file (never an existing one: 'wx'), written as the verified bytes stream by. Synchronous:
 * the bytes arrive synchronously per chunk, a staging file is local, and a thread-pool round trip
 * per open/write/close cost more than the writes. `open` tracks the descriptor for cleanup.
 */
function fileWriter(target: string, mode: number, open: Set<number>): EntryBytes {
  const fd = openSync(target, 'wx', mode);
  open.add(fd);
  return {
    // Written at once: the chunk is a piece of a reused read buffer (up to 1 MiB).
    data: (c) => {
      for (let off = 0; off < c.length;) off += writeSync(fd, c, off);
    },
    end: () => {
      // The mode asked for, whatever the umask.
      fchmodSync(fd, mode);
      open.delete(fd);
      closeSync(fd);
    },
  };
}

/** `made`: directories this import already created (one mkdir each). */
function mkdirOnce(dir: string, made: Set<string>): void {
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}

function moveInto(src: string, dest: string, made: Set<string>): void {
  mkdirOnce(path.dirname(dest), made);
  try {
    renameSync(src, dest);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    // Another filesystem: copy next to the target, then rename (still never a torn file).
    const tmp = tempSibling(dest, 'import');
    try {
      copyFileSync(src, tmp);
      renameSync(tmp, dest);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
}

/**
 * Import a bundle into the cache. Verified while unpacking into a staging directory under
 * the cache root; nothing is moved unless every hash, signature and the manifest check out,
 * and no different immutable object sits under the same name.
 */
export async function importBundle(file: string, options: ImportOptions): Promise<ImportReport> {
  const logger = options.logger ?? silentLogger;
  const roots = importRoots(options.config);
  const staging = path.join(options.config.cacheRoot, `.bundle-import-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(staging, { recursive: true });
  const made = new Set<string>([staging]);
  const openFds = new Set<number>();
  /** Object path → its staged file: flat (one directory, no mkdir each), except git mirrors, which move whole. */
  const stagedAt = new Map<string, string>();
  try {
    const report = await scanBundle(file, {
      sink: (objectPath) => {
        let target: string;
        if (objectPath.startsWith('git/')) {
          target = path.join(staging, ...objectPath.split('/'));
          mkdirOnce(path.dirname(target), made);
        } else target = path.join(staging, `o${stagedAt.size}`);
        stagedAt.set(objectPath, target);
        return fileWriter(target, 0o644, openFds);
      },
    });
    if (report.problems.length > 0) throw corrupt(report);
    const m = report.manifest;
    const staged = (objectPath: string) => stagedAt.get(objectPath) ?? path.join(staging, ...objectPath.split('/'));
    // Plan first (conflicts stop everything), then move.
    const gitDirs = m.git.map((g) => `${g.mirror}/`);
    const plan: { objectPath: string; action: 'add' | 'identical' | 'update' | 'keep' }[] = [];
    const conflicts: string[] = [];
    for (const o of m.objects) {
      if (gitDirs.some((d) => o.path.startsWith(d))) continue;
      const dest = destination(roots, o.path);
      const local = await sha256Of(dest);
      if (local === undefined) plan.push({ objectPath: o.path, action: 'add' });
      else if (local === o.sha256) plan.push({ objectPath: o.path, action: 'identical' });
      else if (isMetadata(o.path)) {
        const newer = fetchedAt(staged(o.path)) > fetchedAt(dest);
        plan.push({ objectPath: o.path, action: newer ? 'update' : 'keep' });
      } else conflicts.push(`${o.path}: ${dest} holds different bytes (sha256 ${local}, bundle ${o.sha256})`);
    }
    if (conflicts.length > 0) {
      throw new AtmosError(`bundle ${file} conflicts with the cache (${conflicts.length} object${conflicts.length === 1 ? '' : 's'})`, {
        code: 'BUNDLE_CONFLICT',
        explanation: conflicts
          .slice(0, 30)
          .map((c) => `  ${c}`)
          .join('\n'),
        hint: 'Nothing was imported. An immutable object (a tool, a provider zip, a module package) differs from the one already cached: find out which is right, remove the wrong one, and import again.',
      });
    }
    const counts = { added: 0, identical: 0, updated: 0, kept: 0 };
    const executable = new Set(m.objects.filter((o) => o.executable).map((o) => o.path));
    // Everything is verified and conflict-free at this point; the moves are renames.
    for (const p of plan) {
      if (p.action !== 'add' && p.action !== 'update') continue;
      if (executable.has(p.objectPath)) chmodSync(staged(p.objectPath), 0o755);
      moveInto(staged(p.objectPath), destination(roots, p.objectPath), made);
    }
    for (const p of plan) counts[p.action === 'add' ? 'added' : p.action === 'update' ? 'updated' : p.action === 'identical' ? 'identical' : 'kept']++;
    // Git mirrors move whole: the newer of the local and the bundled mirror wins.
    for (const g of m.git) {
      const stagedDir = path.join(staging, ...g.mirror.split('/'));
      const dest = destination(roots, g.mirror);
      const n = m.objects.filter((o) => o.path.startsWith(`${g.mirror}/`)).length;
      const local = fetchedAt(path.join(dest, MIRROR_INFO));
      if (local > 0 && local >= fetchedAt(path.join(stagedDir, MIRROR_INFO))) {
        counts.kept += n;
        continue;
      }
      // A bundle holds files only; git wants these directories even when they are empty.
      for (const d of ['objects', 'refs/heads', 'refs/tags']) mkdirSync(path.join(stagedDir, d), { recursive: true });
      mkdirSync(path.dirname(dest), { recursive: true });
      const aside = `${dest}.old-${randomBytes(4).toString('hex')}`;
      if (local > 0) renameSync(dest, aside);
      try {
        renameSync(stagedDir, dest);
      } catch (err) {
        if (local > 0) renameSync(aside, dest);
        throw err;
      }
      rmSync(aside, { recursive: true, force: true });
      counts[local > 0 ? 'updated' : 'added'] += n;
    }
    logger.info(`bundle: imported ${counts.added} new, ${counts.updated} updated, ${counts.identical} already cached, ${counts.kept} kept (local copy newer)`);
    return { file, ...counts, bytes: report.bytes };
  } finally {
    for (const fd of openFds) closeSync(fd);
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Unpack the registry part of a bundle into `dir` (verified as it goes), for a registry cache
 * that serves straight from a bundle without importing it into the cache root.
 */
export async function extractRegistry(file: string, dir: string): Promise<VerifyReport> {
  const made = new Set<string>();
  const openFds = new Set<number>();
  try {
    const report = await scanBundle(file, {
      sink: (objectPath) => {
        if (!objectPath.startsWith('registry/')) return undefined;
        const target = path.join(dir, ...objectPath.split('/').slice(1));
        mkdirOnce(path.dirname(target), made);
        rmSync(target, { force: true });
        return fileWriter(target, 0o644, openFds);
      },
    });
    if (report.problems.length > 0) throw corrupt(report);
    return report;
  } finally {
    for (const fd of openFds) closeSync(fd);
  }
}

/** The manifest alone (reading stops after the first entry). */
export async function readManifest(file: string): Promise<Manifest> {
  let manifest: Manifest | undefined;
  await readTarZst(file, async (entry) => {
    if (entry.path !== MANIFEST_NAME) throw new AtmosError(`${file}: the first entry is ${entry.path}, not ${MANIFEST_NAME}`, { code: 'BUNDLE_CORRUPT' });
    manifest = parseManifest(await entryBuffer(entry), file);
    return 'stop';
  });
  if (!manifest) throw new AtmosError(`${file} is empty`, { code: 'BUNDLE_CORRUPT' });
  return manifest;
}

export interface BundleChange {
  kind: 'tool' | 'provider' | 'module' | 'git';
  name: string;
  change: 'added' | 'removed' | 'changed';
  from?: string;
  to?: string;
}

/**
 * What changed from bundle A to bundle B, per tool / provider / module / git repository:
 * versions added or removed, and the same version with different bytes (which should never
 * happen upstream, so a reviewer wants to see it).
 */
export function diffManifests(a: Manifest, b: Manifest): BundleChange[] {
  const changes: BundleChange[] = [];
  const objA = new Map(a.objects.map((o) => [o.path, o.sha256]));
  const objB = new Map(b.objects.map((o) => [o.path, o.sha256]));
  const group = <T>(items: T[], name: (t: T) => string, version: (t: T) => string, paths: (t: T, m: Map<string, string>) => string[]) => {
    const map = new Map<string, Map<string, T>>();
    for (const item of items) {
      const n = name(item);
      if (!map.has(n)) map.set(n, new Map());
      map.get(n)!.set(version(item), item);
    }
    return { map, paths };
  };
  const compare = <T>(
    kind: BundleChange['kind'],
    ga: ReturnType<typeof group<T>>,
    gb: ReturnType<typeof group<T>>,
    paths: (t: T, m: Map<string, string>) => string[],
  ): void => {
    for (const n of [...new Set([...ga.map.keys(), ...gb.map.keys()])].sort()) {
      const va = ga.map.get(n) ?? new Map<string, T>();
      const vb = gb.map.get(n) ?? new Map<string, T>();
      const onlyA = [...va.keys()].filter((v) => !vb.has(v)).sort();
      const onlyB = [...vb.keys()].filter((v) => !va.has(v)).sort();
      if (va.size === 0) changes.push({ kind, name: n, change: 'added', to: onlyB.join(', ') });
      else if (vb.size === 0) changes.push({ kind, name: n, change: 'removed', from: onlyA.join(', ') });
      else if (onlyA.length > 0 || onlyB.length > 0)
        changes.push({ kind, name: n, change: 'changed', from: onlyA.join(', ') || undefined, to: onlyB.join(', ') || undefined });
      else {
        // Same versions: did the bytes change?
        for (const [v, item] of va) {
          const pa = paths(item, objA).map((p) => `${p}=${objA.get(p) ?? ''}`);
          const pb = paths(vb.get(v)!, objB).map((p) => `${p}=${objB.get(p) ?? ''}`);
          if (pa.sort().join() !== pb.sort().join()) changes.push({ kind, name: n, change: 'changed', from: `${v} (other bytes)`, to: v });
        }
      }
    }
  };
  type ToolGroup = ReturnType<typeof groupTools>[number];
  const toolObjects = (t: ToolGroup) => t.objects;
  compare<ToolGroup>(
    'tool',
    group(
      groupTools(a),
      (t) => t.name,
      (t) => t.version,
      toolObjects,
    ),
    group(
      groupTools(b),
      (t) => t.name,
      (t) => t.version,
      toolObjects,
    ),
    toolObjects,
  );
  const providerPaths = (p: Manifest['providers'][number], m: Map<string, string>) => {
    const [host, ns, type] = p.address.split('/');
    const prefix = `registry/providers/${host}/${ns}/${type}/terraform-provider-${type}_${p.version}_`;
    return [...m.keys()].filter((k) => k.startsWith(prefix));
  };
  compare(
    'provider',
    group(
      a.providers,
      (p) => p.address,
      (p) => p.version,
      providerPaths,
    ),
    group(
      b.providers,
      (p) => p.address,
      (p) => p.version,
      providerPaths,
    ),
    providerPaths,
  );
  const modulePaths = (mod: Manifest['modules'][number]) => [mod.source];
  compare(
    'module',
    group(
      a.modules,
      (m) => m.address,
      (m) => m.version,
      modulePaths,
    ),
    group(
      b.modules,
      (m) => m.address,
      (m) => m.version,
      modulePaths,
    ),
    modulePaths,
  );
  const gitPaths = (g: Manifest['git'][number], m: Map<string, string>) =>
    [...m.keys()].filter((k) => k.startsWith(`${g.mirror}/refs/`) || k === `${g.mirror}/packed-refs`);
  compare(
    'git',
    group(
      a.git,
      (g) => g.url,
      () => 'mirror',
      gitPaths,
    ),
    group(
      b.git,
      (g) => g.url,
      () => 'mirror',
      gitPaths,
    ),
    gitPaths,
  );
  return changes;
}

/** Tools grouped per name+version, with the objects of all their platforms. */
function groupTools(m: Manifest): { name: string; version: string; objects: string[] }[] {
  const out = new Map<string, { name: string; version: string; objects: string[] }>();
  for (const t of m.tools) {
    const k = `${t.name}@${t.version}`;
    if (!out.has(k)) out.set(k, { name: t.name, version: t.version, objects: [] });
    out.get(k)!.objects.push(`${t.object}=${m.objects.find((o) => o.path === t.object)?.sha256}`);
  }
  return [...out.values()];
}
