/**
 * `type: aqua` registries. `source` may be
 * (-) omitted: the standard Aqua registry. At the snapshot's commit (no `ref`, or the same
 *     commit) that is the index built into atmos-ts ({@link openBuiltinAquaIndex}): no
 *     download, no YAML; another `ref`, or a copy of atmos-ts without the index, fetches it as (a);
 * (a) an http(s) URL of a registry.yaml, fetched once and cached under `<cacheRoot>/toolchain/registry/` for
 *     `toolchain.registry_ttl`; a failed refresh falls back to the stale copy with a warning;
 * (b) a local registry.yaml (relative to the atmos.yaml directory; `file://` accepted);
 * (c) a `pkgs/` directory laid out as `<dir>/<owner>/<repo>[/<name>]/registry.yaml`.
 * Single files are read through a per-package index keyed by their sha256 ({@link AquaIndex}).
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathExists, writeFileAtomic } from '../../common/atomicFile.js';
import { AtmosError, errorMessage } from '../../common/errors.js';
import type { HttpClient } from '../../common/http.js';
import type { Logger } from '../../common/logger.js';
import { commandNames, packageNames, type AquaPackage } from './aquaPackage.js';
import { AquaIndex, sha256Hex } from './aquaIndex.js';
import { openBuiltinAquaIndex } from './builtinAqua.js';
import { candidateKind, type PackageSource, type ShortNameCandidate } from './packageSource.js';

export const STANDARD_REGISTRY_REF = '4d86e12d6fd055583d34fa3b9eefc28e7166ae59';
export const STANDARD_REGISTRY_NAME = 'aqua-standard';

export function standardRegistryUrl(ref = STANDARD_REGISTRY_REF): string {
  return `https://raw.githubusercontent.com/aquaproj/aqua-registry/${ref}/registry.yaml`;
}

export interface AquaRegistryOptions {
  name: string;
  /** URL, path or `file://` URL; undefined = the standard registry. */
  source?: string;
  /** Git ref for GitHub URLs and the standard registry. */
  ref?: string;
  baseDir: string;
  cacheRoot: string;
  ttlMs: number;
  http: HttpClient;
  logger: Logger;
  now?: () => number;
}

/** GitHub web URLs → raw URLs (`github.com/o/r/tree/<ref>/<path>`, or `github.com/o/r` + `ref`). */
export function rawRegistryUrl(source: string, ref?: string): string {
  const u = new URL(source);
  if (u.hostname !== 'github.com') return source;
  const parts = u.pathname.replace(/^\/|\/$/g, '').split('/');
  const [owner, repo, kind, treeRef, ...rest] = parts;
  if (!owner || !repo) return source;
  let pathPart = rest.join('/');
  let gitRef = ref ?? 'main';
  if ((kind === 'tree' || kind === 'blob') && treeRef) gitRef = ref ?? treeRef;
  else pathPart = '';
  if (!pathPart.endsWith('.yaml') && !pathPart.endsWith('.yml')) pathPart = pathPart ? `${pathPart}/registry.yaml` : 'registry.yaml';
  return `https://raw.githubusercontent.com/${owner}/${repo.replace(/\.git$/, '')}/${gitRef}/${pathPart}`;
}

interface SourceMeta {
  url: string;
  fetchedAt: number;
  sha256: string;
}

export class AquaRegistry implements PackageSource {
  readonly name: string;
  private index?: Promise<AquaIndex | PkgsDir>;

  constructor(private readonly options: AquaRegistryOptions) {
    this.name = options.name;
  }

  private registryDir(): string {
    return path.join(this.options.cacheRoot, 'toolchain', 'registry');
  }

  /** What the source is, decided once. */
  private open(): Promise<AquaIndex | PkgsDir> {
    this.index ??= this.openSource();
    return this.index;
  }

  private async openSource(): Promise<AquaIndex | PkgsDir> {
    const { source, ref } = this.options;
    if (!source) {
      const builtin = await openBuiltinAquaIndex();
      if (builtin && (!ref || ref === builtin.index.source?.commit)) return builtin;
      return this.openUrl(standardRegistryUrl(ref));
    }
    if (/^https?:\/\//i.test(source)) return this.openUrl(rawRegistryUrl(source, ref));
    const local = source.startsWith('file://') ? new URL(source).pathname : path.resolve(this.options.baseDir, source);
    let st;
    try {
      st = await fs.stat(local);
    } catch {
      throw new AtmosError(`registry "${this.name}": ${local} does not exist`, {
        code: 'REGISTRY_NOT_FOUND',
        hint: 'Point toolchain.registries[].source at a registry.yaml, a pkgs/ directory or a URL (relative paths resolve against the atmos.yaml directory).',
      });
    }
    if (st.isDirectory()) {
      const pkgs = path.join(local, 'pkgs');
      return new PkgsDir((await pathExists(pkgs)) ? pkgs : local);
    }
    return this.openLocalFile(local, st.size, st.mtimeMs);
  }

  /** Local file: its sha256 is remembered per (path, size, mtime) so a warm lookup does not hash 3 MB. */
  private async openLocalFile(file: string, size: number, mtimeMs: number): Promise<AquaIndex> {
    const stampPath = path.join(this.registryDir(), 'stamps', `${sha256Hex(file).slice(0, 24)}.json`);
    let sha: string | undefined;
    try {
      const stamp = JSON.parse(await fs.readFile(stampPath, 'utf8')) as { file: string; size: number; mtimeMs: number; sha256: string };
      if (stamp.file === file && stamp.size === size && stamp.mtimeMs === mtimeMs) sha = stamp.sha256;
    } catch {
      // No stamp yet.
    }
    let text: string | undefined;
    if (!sha) {
      text = await fs.readFile(file, 'utf8');
      sha = sha256Hex(text);
      await writeFileAtomic(stampPath, JSON.stringify({ file, size, mtimeMs, sha256: sha }));
    }
    return AquaIndex.open(path.join(this.registryDir(), 'index'), sha, async () => text ?? fs.readFile(file, 'utf8'), file);
  }

  private async openUrl(url: string): Promise<AquaIndex> {
    const dir = path.join(this.registryDir(), 'sources', sha256Hex(url).slice(0, 24));
    const metaPath = path.join(dir, 'meta.json');
    const filePath = path.join(dir, 'registry.yaml');
    const now = (this.options.now ?? Date.now)();
    let meta: SourceMeta | undefined;
    try {
      meta = JSON.parse(await fs.readFile(metaPath, 'utf8')) as SourceMeta;
      if (meta.url !== url || !(await pathExists(filePath))) meta = undefined;
    } catch {
      meta = undefined;
    }
    if (!meta || now - meta.fetchedAt >= this.options.ttlMs) {
      try {
        const res = await this.options.http.getText(url);
        if (res.status >= 400) throw new Error(`HTTP ${res.status}`);
        // Validate before replacing a good cached copy.
        const sha = sha256Hex(res.text);
        const text = res.text;
        const index = await AquaIndex.open(path.join(this.registryDir(), 'index'), sha, async () => text, url);
        await writeFileAtomic(filePath, text);
        await writeFileAtomic(metaPath, JSON.stringify({ url, fetchedAt: now, sha256: sha } satisfies SourceMeta));
        return index;
      } catch (err) {
        if (!meta) {
          if (err instanceof AtmosError && err.code === 'REGISTRY_INVALID') throw err;
          throw new AtmosError(`cannot fetch the ${this.name} registry`, {
            code: 'REGISTRY_UNAVAILABLE',
            explanation: `${url}: ${errorMessage(err)}`,
            hint: 'Check the network/proxy settings, or point toolchain.registries[].source at a local registry.yaml.',
            cause: err,
          });
        }
        this.options.logger.warn(
          `could not refresh the ${this.name} registry (${errorMessage(err)}); using the cached copy from ${new Date(meta.fetchedAt).toISOString()}`,
        );
      }
    }
    const cached = meta!;
    return AquaIndex.open(path.join(this.registryDir(), 'index'), cached.sha256, () => fs.readFile(filePath, 'utf8'), filePath);
  }

  async find(name: string): Promise<string | undefined> {
    return (await this.open()).find(name);
  }

  async get(name: string): Promise<AquaPackage> {
    const pkg = await (await this.open()).get(name);
    if (!pkg) throw new AtmosError(`${name} is not in the ${this.name} registry`, { code: 'TOOL_NOT_FOUND' });
    return pkg;
  }

  async candidates(short: string): Promise<ShortNameCandidate[]> {
    const out: ShortNameCandidate[] = [];
    for (const [name, repo, cmds] of await (await this.open()).packages()) {
      const kind = candidateKind(short, repo, cmds);
      if (kind) out.push({ name, kind });
    }
    return out;
  }
}

/** A `pkgs/` tree: one registry.yaml per package, read on demand. */
class PkgsDir {
  private all?: Promise<Map<string, { pkg: AquaPackage; file: string }>>;

  constructor(readonly dir: string) {}

  private async readFile(file: string): Promise<AquaPackage[]> {
    const { parseRegistryYaml } = await import('./registryYaml.js');
    return parseRegistryYaml(await fs.readFile(file, 'utf8'), file);
  }

  /** Every package in the tree (for aliases and short names), read once per process. */
  private scan(): Promise<Map<string, { pkg: AquaPackage; file: string }>> {
    this.all ??= (async () => {
      const map = new Map<string, { pkg: AquaPackage; file: string }>();
      const entries = await fs.readdir(this.dir, { recursive: true });
      for (const rel of entries.sort()) {
        if (path.basename(rel) !== 'registry.yaml') continue;
        const file = path.join(this.dir, rel);
        for (const pkg of await this.readFile(file)) for (const n of packageNames(pkg)) if (!map.has(n)) map.set(n, { pkg, file });
      }
      return map;
    })();
    return this.all;
  }

  private async direct(name: string): Promise<AquaPackage | undefined> {
    if (name.includes('..')) return undefined;
    const file = path.join(this.dir, ...name.split('/'), 'registry.yaml');
    if (!(await pathExists(file))) return undefined;
    return (await this.readFile(file)).find((p) => packageNames(p).includes(name));
  }

  async find(name: string): Promise<string | undefined> {
    const pkg = (await this.direct(name)) ?? (await this.scan()).get(name)?.pkg;
    return pkg ? packageNames(pkg)[0] : undefined;
  }

  async get(name: string): Promise<AquaPackage | undefined> {
    return (await this.direct(name)) ?? (await this.scan()).get(name)?.pkg;
  }

  async packages(): Promise<[string, string, string[]][]> {
    const seen = new Set<AquaPackage>();
    const out: [string, string, string[]][] = [];
    for (const { pkg } of (await this.scan()).values()) {
      if (seen.has(pkg)) continue;
      seen.add(pkg);
      out.push([packageNames(pkg)[0], pkg.repo_name ?? '', commandNames(pkg)]);
    }
    return out;
  }
}
