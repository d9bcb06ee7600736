/**
 * `bundle create`: the closure of a repository (or of the paths given) in one `.tar.zst`.
 *
 * What goes in, found by walking the paths: every `toolchain.lock.yaml` (the pinned tools, for
 * each platform asked for or locked), every `.terraform.lock.hcl` (its providers for those
 * platforms, with SHA256SUMS, the signature and the registry metadata that carries the
 * signing key), the registry modules called by `*.tf` files (version list, download answer,
 * package) and their `git::` sources (a git mirror). Everything is taken from the local cache
 * where it already is; what is missing is fetched into the cache first (tools by the locked
 * URL and checksum, providers and modules through an in-process registry cache, git with
 * `git clone --mirror`) — or, with `fromCacheOnly`, listed in one error.
 */

import { createHash } from 'node:crypto';
import { promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { AtmosError, errorMessage } from '../common/errors.js';
import { HttpClient, httpTimeouts, redactUrl } from '../common/http.js';
import { silentLogger, type Logger } from '../common/logger.js';
import { isOfflineError } from '../common/offline.js';
import { hostPlatform, parsePlatform, platformKey, type Platform } from '../common/platform.js';
import type { LoadedConfig } from '../config/index.js';
import { githubAuthFor, githubEndpoints, githubToken } from '../github/index.js';
import { ensureMirror, gitMirrorRoot, gitSourcesIn, mirrorDir, MIRROR_INFO } from '../gitmirror/index.js';
import {
  constraintToRange,
  registryCacheLocation,
  serverOptions,
  sessionSettings,
  startMirrorServer,
  tokensFromEnv,
  planModuleSource,
  warmProviders,
  type MirrorServer,
  type WarmTarget,
} from '../mirror/index.js';
import { createUrlRewriter, loadLockFile, safeSegment, toolchainSettings } from '../toolchain/index.js';
import { writeTarZst, type TarSource } from './archive.js';
import { parseTerraformLock } from './lockHcl.js';
import {
  BUNDLE_FORMAT,
  byPath,
  MANIFEST_NAME,
  manifestBytes,
  type BundledGitRepo,
  type BundledModule,
  type BundledProvider,
  type BundledTool,
  type BundleInput,
  type BundleObject,
  type Manifest,
} from './manifest.js';

export interface CreateBundleOptions {
  config: LoadedConfig;
  /** Repository directories or lock/pin files; default the working directory. */
  paths: string[];
  output: string;
  /** Default: every platform named in the toolchain lock files, else this machine's. */
  platforms?: Platform[];
  fromCacheOnly?: boolean;
  logger?: Logger;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export interface CreateBundleResult {
  file: string;
  bytes: number;
  manifest: Manifest;
}

/** One object to pack: where it is on disk and what it is. */
export interface Pending {
  path: string;
  file: string;
  origin?: string;
  executable?: boolean;
  /**
   * The sha256 a trusted source already states (the lock file, SHA256SUMS): the object is not
   * hashed ahead of packing but checked while it streams into the archive (one read, not two).
   */
  sha256?: string;
  /** The bytes, when they were already read (small metadata): hashed and packed from this buffer. */
  data?: Buffer;
}

interface Roots {
  installRoot: string;
  registry: string;
  git: string;
}

const SKIP_DIRS = new Set(['.git', '.terraform', 'node_modules', '.atmos-ts']);

/** Lock files and Terraform module directories under the given paths. */
export async function scanInputs(paths: string[], cwd: string): Promise<{ toolchainLocks: string[]; terraformLocks: string[]; moduleDirs: string[] }> {
  const toolchainLocks = new Set<string>();
  const terraformLocks = new Set<string>();
  const moduleDirs = new Set<string>();
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    let hasTf = false;
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && depth < 8) await walk(full, depth + 1);
      } else if (e.name === 'toolchain.lock.yaml') toolchainLocks.add(full);
      else if (e.name === '.terraform.lock.hcl') terraformLocks.add(full);
      else if (e.name.endsWith('.tf')) hasTf = true;
    }
    if (hasTf) moduleDirs.add(dir);
  };
  for (const p of paths.length > 0 ? paths : ['.']) {
    const abs = path.resolve(cwd, p);
    const st = await fs.stat(abs).catch(() => undefined);
    if (!st)
      throw new AtmosError(`${p} does not exist`, {
        code: 'BUNDLE_INPUT',
        hint: 'Pass repository directories, toolchain.lock.yaml or .terraform.lock.hcl files.',
      });
    if (st.isDirectory()) await walk(abs, 0);
    else if (path.basename(abs) === '.terraform.lock.hcl') terraformLocks.add(abs);
    else if (abs.endsWith('.yaml') || abs.endsWith('.yml')) toolchainLocks.add(abs);
    else if (abs.endsWith('.tf')) moduleDirs.add(path.dirname(abs));
    else throw new AtmosError(`${p}: not a directory, toolchain.lock.yaml or .terraform.lock.hcl`, { code: 'BUNDLE_INPUT' });
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { toolchainLocks: sorted(toolchainLocks), terraformLocks: sorted(terraformLocks), moduleDirs: sorted(moduleDirs) };
}

export async function sha256File(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const handle = await fs.open(file, 'r');
  try {
    for await (const chunk of handle.createReadStream({ highWaterMark: 1024 * 1024, autoClose: false })) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Existence checks and small cache files are synchronous: a create looks at a few hundred of
 * them, and a thread-pool round trip plus a promise each cost more than the read (~10 µs).
 */
function isFile(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * Small cache files read once per bundle: parsed (origins, SHA256SUMS, version lists), then
 * hashed and packed from the same buffer — one read, and the bundle holds what was inspected.
 */
class SmallReads {
  private readonly bytes = new Map<string, Buffer>();
  get(file: string): Buffer {
    let b = this.bytes.get(file);
    if (!b) {
      b = readFileSync(file);
      this.bytes.set(file, b);
    }
    return b;
  }
  text(file: string): string {
    return this.get(file).toString('utf8');
  }
  held(file: string): Buffer | undefined {
    return this.bytes.get(file);
  }
  /** After a fetch into the cache: these files may have new bytes. */
  forget(files: string[]): void {
    for (const f of files) this.bytes.delete(f);
  }
}

/** Relative, forward slashes. */
function rel(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

export async function createBundle(options: CreateBundleOptions): Promise<CreateBundleResult> {
  const { config } = options;
  const env = options.env ?? process.env;
  const logger = options.logger ?? silentLogger;
  const cwd = options.cwd ?? config.cwd;
  const roots: Roots = {
    installRoot: toolchainSettings(config).installRoot,
    registry: registryCacheLocation(config),
    git: gitMirrorRoot(config.cacheRoot),
  };
  const found = await scanInputs(options.paths, cwd);
  const reads = new SmallReads();
  const inputs: BundleInput[] = [];
  for (const [files, kind] of [
    [found.toolchainLocks, 'toolchain-lock'],
    [found.terraformLocks, 'terraform-lock'],
  ] as const) {
    for (const f of files) {
      const text = await fs.readFile(f, 'utf8');
      inputs.push({ path: rel(cwd, f) || path.basename(f), kind, sha256: createHash('sha256').update(text).digest('hex'), text });
    }
  }
  const toolLocks = await Promise.all(found.toolchainLocks.map(async (f) => ({ file: f, data: await loadLockFile(f) })));
  const platforms = options.platforms?.length
    ? options.platforms
    : defaultPlatforms(
        toolLocks.map((l) => l.data),
        env,
      );
  const platformKeys = [...new Set(platforms.map(platformKey))].sort();
  const missing: string[] = [];
  const pending = new Map<string, Pending>();
  const add = (p: Pending) => pending.set(p.path, p);

  // Tools: the locked asset of every tool version for every platform.
  const tools: BundledTool[] = [];
  const http = new HttpClient({
    logger,
    env,
    authFor: githubAuthFor(githubToken({ env }), githubEndpoints(env)),
    ...httpTimeouts(config.values.http),
  });
  const rewrite = createUrlRewriter(githubEndpoints(env), definedValues(config.values.toolchain?.url_replacements));
  for (const { data } of toolLocks) {
    for (const [name, tool] of Object.entries(data.tools).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const [owner, repo] = name.split('/');
      for (const [version, v] of Object.entries(tool.versions)) {
        for (const key of platformKeys) {
          const entry = v.platforms[key];
          if (!entry || !owner || !repo) continue;
          const asset = safeSegment(decodeURIComponent(new URL(entry.url).pathname.split('/').pop() ?? 'asset'));
          const relPath = ['tools', owner, repo, safeSegment(version), key, asset].join('/');
          const file = path.join(roots.installRoot, 'downloads', owner, repo, safeSegment(version), key, asset);
          const label = `tool ${name}@${version} (${key})`;
          if (!isFile(file)) {
            if (options.fromCacheOnly) {
              missing.push(label);
              continue;
            }
            logger.info(`bundle: fetching ${label}`);
            await http.download(rewrite(entry.url), file);
          }
          const algorithm = (entry.checksum_algorithm ?? 'sha256').toLowerCase();
          // sha256 locks are checked while packing; other algorithms here.
          if (algorithm !== 'sha256') await checkLockedDigest(file, entry.checksum, algorithm, label);
          add({ path: relPath, file, origin: redactUrl(entry.url), ...(algorithm === 'sha256' ? { sha256: entry.checksum.toLowerCase() } : {}) });
          tools.push({ name, version, platform: key, object: relPath });
        }
      }
    }
  }

  // Providers and registry modules: straight from the registry cache, the missing ones fetched through it.
  const providerTargets = await lockTargets(found.terraformLocks);
  const moduleCalls = await registryModuleCalls(found.moduleDirs);
  let server: MirrorServer | undefined;
  const proxy = async (): Promise<MirrorServer> => {
    if (!server) {
      // From cache only: the proxy runs offline, so a miss is an answer, not a download.
      const proxyEnv = options.fromCacheOnly ? { ...env, ATMOS_OFFLINE: '1' } : env;
      server = await startMirrorServer({
        ...serverOptions(sessionSettings(config, { mode: 'registry', port: 0 }), { credentials: tokensFromEnv(env), logger, env: proxyEnv }),
      });
    }
    return server;
  };
  const providers: BundledProvider[] = [];
  const modules: BundledModule[] = [];
  try {
    for (const t of providerTargets) {
      const address = `${t.host}/${t.ns}/${t.type}`;
      const present: string[] = [];
      for (const key of platformKeys) {
        let files = providerFiles(roots.registry, t, key);
        if (!allFiles(files)) {
          if (!options.fromCacheOnly) {
            const [outcome] = await warmProviders(await proxy(), [t], [parsePlatform(key)], { logger: silentLogger });
            if (outcome?.status === 'unsupported') continue;
            if (outcome?.status === 'failed')
              throw new AtmosError(`cannot fetch provider ${address} ${t.version} (${key})`, { code: 'BUNDLE_MISSING', explanation: outcome.error });
            files = providerFiles(roots.registry, t, key);
            reads.forget(files);
          }
          if (!allFiles(files)) {
            missing.push(`provider ${address} ${t.version} (${key})`);
            continue;
          }
        }
        present.push(key);
        const sums = shasums(reads.text(files[1]!));
        for (const f of files)
          add({ path: `registry/${rel(roots.registry, f)}`, file: f, origin: originOf(f, reads), sha256: sums.get(path.basename(f)), data: reads.held(f) });
      }
      providers.push({ address, version: t.version!, platforms: present });
    }
    for (const call of moduleCalls) {
      try {
        let m = cachedModule(call, roots.registry, reads);
        if (!m) {
          m = await fetchModule(await proxy(), call, roots.registry);
          reads.forget(m.files);
        }
        modules.push({ address: `${call.host}/${call.ns}/${call.name}/${call.system}`, version: m.version, source: m.source });
        for (const f of m.files) add({ path: `registry/${rel(roots.registry, f)}`, file: f, origin: originOf(f, reads), data: reads.held(f) });
      } catch (err) {
        if (options.fromCacheOnly && (err instanceof ModuleMissing || isOfflineError(err)))
          missing.push(`module ${call.host}/${call.ns}/${call.name}/${call.system} ${call.version ?? ''}`.trim());
        else throw err;
      }
    }
  } finally {
    await server?.close();
  }

  // git:: sources: their mirrors, whole.
  const git: BundledGitRepo[] = [];
  const gitUrls = new Set<string>();
  for (const dir of found.moduleDirs) for (const url of await gitSourcesIn(dir)) gitUrls.add(url);
  for (const url of [...gitUrls].sort()) {
    const dir = mirrorDir(roots.git, url);
    if (!isFile(path.join(dir, MIRROR_INFO))) {
      if (options.fromCacheOnly) {
        missing.push(`git repository ${url}`);
        continue;
      }
      await ensureMirror(url, { root: roots.git, ttlMs: 0, env, logger });
    }
    for (const f of await filesUnder(dir)) add({ path: `git/${rel(roots.git, f)}`, file: f, origin: url });
    git.push({ url, mirror: `git/${rel(roots.git, dir)}` });
  }

  if (missing.length > 0) {
    throw new AtmosError(`${missing.length} object${missing.length === 1 ? ' is' : 's are'} not in the local cache`, {
      code: 'BUNDLE_INCOMPLETE',
      explanation: missing.map((m) => `  ${m}`).join('\n'),
      hint: 'Run without --from-cache-only to fetch them, or warm the cache first (atmos-ts toolchain install, atmos-ts terraform init).',
    });
  }
  return writeBundle(options.output, { kind: 'closure', platforms: platformKeys, inputs, tools, providers, modules, git }, [...pending.values()], logger);
}

/** Objects up to this size are read once (hash and pack from memory), within {@link KEEP_LIMIT} in all. */
const SMALL_OBJECT = 1024 * 1024;
const KEEP_LIMIT = 256 * 1024 * 1024;

/** Hash every pending object and write manifest + objects. */
export async function writeBundle(
  output: string,
  parts: Omit<Manifest, 'format' | 'objects'>,
  pending: Pending[],
  logger: Logger,
): Promise<CreateBundleResult> {
  pending.sort(byPath);
  const task = logger.task('Hashing bundle objects', { total: pending.length, unit: 'items' });
  const objects: (BundleObject & { file: string; verifyWhilePacking: boolean })[] = [];
  let done = 0;
  // A few at a time: hashing is CPU, reading is I/O; both overlap.
  // Small objects are read once and kept for the tar; big ones are streamed twice (hash, then pack).
  const kept = new Map<string, Buffer>();
  let keptBytes = 0;
  const results = await mapLimit(pending, 8, async (p) => {
    const size = p.data?.length ?? statSync(p.file).size;
    let digest: { sha256: string; size: number };
    if (!p.data && p.sha256 && size > SMALL_OBJECT) digest = { sha256: p.sha256, size };
    else if (p.data || (size <= SMALL_OBJECT && keptBytes + size <= KEEP_LIMIT)) {
      const data = p.data ?? readFileSync(p.file);
      keptBytes += data.length;
      kept.set(p.path, data);
      digest = { sha256: createHash('sha256').update(data).digest('hex'), size: data.length };
    } else digest = await sha256File(p.file);
    task.update(++done);
    if (p.sha256 && digest.sha256 !== p.sha256) {
      throw new AtmosError(`${p.file}: sha256 ${digest.sha256} is not the ${p.sha256} its lock file or SHA256SUMS promises`, {
        code: 'CHECKSUM_MISMATCH',
        hint: 'The cached copy is damaged or was replaced: delete it and create the bundle again (it will be fetched again).',
      });
    }
    const verifyWhilePacking = p.sha256 !== undefined && !kept.has(p.path);
    return {
      path: p.path,
      ...digest,
      ...(p.origin ? { origin: p.origin } : {}),
      ...(p.executable ? { executable: true } : {}),
      file: p.file,
      verifyWhilePacking,
    };
  });
  objects.push(...results);
  task.succeed(`${objects.length} objects hashed`);
  const sortBy =
    <T>(key: (t: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    kind: parts.kind,
    platforms: [...parts.platforms].sort(),
    inputs: [...parts.inputs].sort(sortBy((i) => i.path)),
    tools: [...parts.tools].sort(sortBy((t) => `${t.name}@${t.version}/${t.platform}`)),
    providers: [...parts.providers].sort(sortBy((p) => `${p.address}@${p.version}`)),
    modules: [...parts.modules].sort(sortBy((m) => `${m.address}@${m.version}`)),
    git: [...parts.git].sort(sortBy((g) => g.url)),
    objects: objects.map(({ file: _file, verifyWhilePacking: _v, ...o }) => o),
  };
  const sources: TarSource[] = [
    { name: MANIFEST_NAME, data: manifestBytes(manifest), size: manifestBytes(manifest).length },
    ...objects.map((o) => ({
      name: `objects/${o.path}`,
      file: o.file,
      data: kept.get(o.path),
      size: o.size,
      executable: o.executable,
      sha256: o.verifyWhilePacking ? o.sha256 : undefined,
    })),
  ];
  const { bytes } = await writeTarZst(output, sources);
  return { file: output, bytes, manifest };
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

function definedValues(m: Record<string, string | undefined> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(m ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function defaultPlatforms(
  locks: { tools: Record<string, { versions: Record<string, { platforms: Record<string, unknown> }> }> }[],
  env: NodeJS.ProcessEnv,
): Platform[] {
  const keys = new Set<string>();
  for (const l of locks)
    for (const t of Object.values(l.tools)) for (const v of Object.values(t.versions)) for (const k of Object.keys(v.platforms)) keys.add(k);
  if (keys.size === 0) keys.add(platformKey(hostPlatform(env)));
  return [...keys].sort().map((k) => parsePlatform(k));
}

/** `SHA256SUMS` → file name → sha256. */
function shasums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [hex, name] = line.trim().split(/\s+/);
    if (hex && name && /^[0-9a-f]{64}$/.test(hex)) out.set(name.replace(/^\*/, ''), hex);
  }
  return out;
}

async function checkLockedDigest(file: string, expected: string, algorithm: string, label: string): Promise<void> {
  const hash = createHash(algorithm.toLowerCase().replace('-', ''));
  for await (const chunk of (await fs.open(file)).createReadStream()) hash.update(chunk as Buffer);
  const got = hash.digest('hex');
  if (got !== expected.toLowerCase()) {
    await fs.rm(file, { force: true });
    throw new AtmosError(`${label}: ${algorithm} ${got} does not match the lock file's ${expected}`, {
      code: 'CHECKSUM_MISMATCH',
      hint: 'The cached download was removed; run again. If it persists, the upstream asset changed: check it before updating the lock.',
    });
  }
}

/** Providers of the lock files, read with the bundle's own reader (the HCL parser costs ~0.3 s to load). */
async function lockTargets(files: string[]): Promise<WarmTarget[]> {
  const out = new Map<string, WarmTarget>();
  for (const file of files) {
    for (const p of parseTerraformLock(await fs.readFile(file, 'utf8'))) {
      const [host, ns, type] = p.address.split('/');
      if (!host || !ns || !type) continue;
      out.set(`${p.address}@${p.version}`, { host, ns, type, version: p.version, from: file });
    }
  }
  return [...out.values()].sort((a, b) => (`${a.host}/${a.ns}/${a.type}@${a.version}` < `${b.host}/${b.ns}/${b.type}@${b.version}` ? -1 : 1));
}

function providerFiles(root: string, t: WarmTarget, key: string): string[] {
  const [os, arch] = key.split('_');
  const dir = path.join(root, 'providers', t.host, t.ns, t.type);
  const zip = path.join(dir, `terraform-provider-${t.type}_${t.version}_${os}_${arch}.zip`);
  const sums = path.join(dir, `terraform-provider-${t.type}_${t.version}_SHA256SUMS`);
  const meta = path.join(root, 'metadata', 'providers', t.host, t.ns, t.type);
  return [
    zip,
    sums,
    `${sums}.sig`,
    path.join(meta, 'versions.json'),
    path.join(meta, t.version!, 'download', `${os}_${arch}.json`),
    path.join(root, 'metadata', 'discovery', `${t.host}.json`),
  ];
}

function allFiles(files: string[]): boolean {
  return files.every(isFile);
}

/** The URL a cached registry object came from: envelopes say it; archives' sidecars name the source. */
function originOf(file: string, reads: SmallReads): string | undefined {
  if (!file.endsWith('.json')) return undefined;
  try {
    const doc = JSON.parse(reads.text(file)) as { url?: unknown; source?: unknown };
    const url = typeof doc.url === 'string' ? doc.url : typeof doc.source === 'string' ? doc.source : undefined;
    return url ? redactUrl(url.replace(/^git::/, '')) : undefined;
  } catch {
    return undefined;
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of (await fs.readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, e.name);
      // Lock directories and sample hooks are not part of the repository.
      if (e.isDirectory()) {
        if (!e.name.endsWith('.lock') && e.name !== 'hooks') await walk(full);
      } else if (e.isFile()) out.push(full);
    }
  };
  await walk(dir);
  return out;
}

export interface ModuleCall {
  host: string;
  ns: string;
  name: string;
  system: string;
  version?: string;
}

/** `module "x" { source = "ns/name/system"  version = "…" }` blocks that name a registry module. */
export async function registryModuleCalls(dirs: string[]): Promise<ModuleCall[]> {
  const out = new Map<string, ModuleCall>();
  for (const dir of dirs) {
    for (const name of (await fs.readdir(dir)).filter((n) => n.endsWith('.tf')).sort()) {
      const text = await fs.readFile(path.join(dir, name), 'utf8');
      for (const body of moduleBodies(text)) {
        const source = /^\s*source\s*=\s*"([^"]+)"/m.exec(body)?.[1];
        const version = /^\s*version\s*=\s*"([^"]+)"/m.exec(body)?.[1];
        const m = source ? /^(?:([a-z0-9.-]+\.[a-z0-9.:-]+)\/)?([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)$/.exec(source) : null;
        if (!m) continue;
        const call = { host: (m[1] ?? 'registry.terraform.io').toLowerCase(), ns: m[2]!, name: m[3]!, system: m[4]!, version };
        out.set(`${call.host}/${call.ns}/${call.name}/${call.system}@${version ?? ''}`, call);
      }
    }
  }
  return [...out.values()];
}

function moduleBodies(text: string): string[] {
  const out: string[] = [];
  const re = /(^|\n)\s*module\s+"[^"]*"\s*\{/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    while (i < text.length && depth > 0) {
      const c = text[i]!;
      if (c === '"') for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      i++;
    }
    out.push(text.slice(start, i - 1));
  }
  return out;
}

class ModuleMissing extends AtmosError {}

/** go-version's normal form, which Terraform uses in download requests: `v1.2` → `1.2.0`. */
function normalVersion(v: string): string {
  const m = /^v?(\d+(?:\.\d+)*)(.*)$/.exec(v.trim());
  if (!m) return v;
  const segs = m[1]!.split('.').map((s) => String(Number(s)));
  while (segs.length < 3) segs.push('0');
  return `${segs.join('.')}${m[2] ?? ''}`;
}

/** A registry module straight from the cache when its version list, download answer and package are all there. */
function cachedModule(call: ModuleCall, root: string, reads: SmallReads): { version: string; source: string; files: string[] } | undefined {
  const metaDir = path.join(root, 'modules', call.host, call.ns, call.name, call.system);
  try {
    const envelope = JSON.parse(reads.text(path.join(metaDir, 'versions.json'))) as { body: string };
    const doc = JSON.parse(envelope.body) as { modules?: { versions?: { version: string }[] }[] };
    const available = (doc.modules?.[0]?.versions ?? []).map((v) => normalVersion(v.version)).filter((v) => semver.valid(v));
    const version = semver.maxSatisfying(available, call.version ? constraintToRange(call.version) : '*');
    if (!version) return undefined;
    const download = JSON.parse(reads.text(path.join(metaDir, version, 'download.json'))) as { body: string };
    const { source } = JSON.parse(download.body) as { source: string };
    const plan = planModuleSource(source);
    if (plan.kind === 'passthrough') return undefined;
    const files = [
      path.join(metaDir, 'versions.json'),
      path.join(metaDir, version, 'download.json'),
      path.join(root, 'metadata', 'discovery', `${call.host}.json`),
      path.join(root, 'modules', '_archives', `${plan.id}.tar.gz`),
      path.join(root, 'modules', '_archives', `${plan.id}.json`),
    ];
    if (!allFiles(files)) return undefined;
    return { version, source: redactUrl(plan.base), files };
  } catch {
    return undefined;
  }
}

/** Resolve and fetch a registry module through the proxy, as Terraform would; returns the cache files it now has. */
async function fetchModule(server: MirrorServer, call: ModuleCall, root: string): Promise<{ version: string; source: string; files: string[] }> {
  const base = (await server.hostServices(call.host))['modules.v1'];
  if (!base) throw new ModuleMissing(`registry host ${call.host} offers no modules`, { code: 'BUNDLE_MISSING' });
  const addr = `${call.ns}/${call.name}/${call.system}`;
  const versionsRes = await fetch(`${base}${addr}/versions`, { headers: { accept: 'application/json' } });
  if (versionsRes.status !== 200)
    throw new ModuleMissing(`module ${addr}: versions → HTTP ${versionsRes.status}: ${(await versionsRes.text()).slice(0, 300)}`, { code: 'BUNDLE_MISSING' });
  const doc = (await versionsRes.json()) as { modules?: { versions?: { version: string }[] }[] };
  const available = (doc.modules?.[0]?.versions ?? []).map((v) => normalVersion(v.version)).filter((v) => semver.valid(v));
  const version = semver.maxSatisfying(available, call.version ? constraintToRange(call.version) : '*');
  if (!version) throw new ModuleMissing(`module ${addr}: no version matches ${call.version ?? '*'}`, { code: 'BUNDLE_MISSING' });
  const dl = await fetch(`${base}${addr}/${version}/download`, { headers: { accept: 'application/json' } });
  if (dl.status !== 200 && dl.status !== 204)
    throw new ModuleMissing(`module ${addr} ${version}: download → HTTP ${dl.status}: ${(await dl.text()).slice(0, 300)}`, { code: 'BUNDLE_MISSING' });
  const location = dl.headers.get('x-terraform-get') ?? '';
  await dl.body?.cancel();
  const id = /\/archives\/([0-9a-f]{32})\.tar\.gz/.exec(location)?.[1];
  const metaDir = path.join(root, 'modules', call.host, call.ns, call.name, call.system);
  const files = [
    path.join(metaDir, 'versions.json'),
    path.join(metaDir, version, 'download.json'),
    path.join(root, 'metadata', 'discovery', `${call.host}.json`),
  ];
  let source = location;
  if (id) {
    const archive = await fetch(`${server.baseUrl}v1/archives/${id}.tar.gz`);
    if (archive.status !== 200)
      throw new ModuleMissing(`module ${addr} ${version}: package → HTTP ${archive.status}: ${(await archive.text()).slice(0, 300)}`, {
        code: 'BUNDLE_MISSING',
      });
    await archive.arrayBuffer();
    files.push(path.join(root, 'modules', '_archives', `${id}.tar.gz`), path.join(root, 'modules', '_archives', `${id}.json`));
    try {
      source = (JSON.parse(await fs.readFile(path.join(root, 'modules', '_archives', `${id}.json`), 'utf8')) as { source: string }).source;
    } catch (err) {
      throw new ModuleMissing(`module ${addr} ${version}: package info missing (${errorMessage(err)})`, { code: 'BUNDLE_MISSING' });
    }
  }
  const present: string[] = [];
  for (const f of files) if (isFile(f)) present.push(f);
  return { version, source: redactUrl(source), files: present };
}
