/**
 * Download → verify → extract → install for one tool version on one platform.
 * Atomic: everything is staged under `<root>/tmp/` and renamed into
 * `bin/<owner>/<repo>/<version>/` in one step, so a kill leaves either nothing or a
 * complete version. A per-version cross-process lock makes concurrent installers
 * download once: the second one finds the version installed after the lock.
 */

import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isFile, pathExists, writeFileAtomic } from '../common/atomicFile.js';
import { AtmosError, errorMessage } from '../common/errors.js';
import { withFileLock } from '../common/fileLock.js';
import type { HttpClient } from '../common/http.js';
import { isOfflineError, offlineError } from '../common/offline.js';
import type { Logger, Task } from '../common/logger.js';
import type { AssetFile, AssetPlan, ChecksumAlgorithm } from './assetPlan.js';
import { archiveFormat, extractAsset } from '../common/extract.js';
import { INSTALL_META, type InstallLayout, type InstallMeta } from './layout.js';
import type { SignatureCheck, SignatureRecord } from './signatures/index.js';
import { checkDigest, hashFile, type ExpectedChecksum } from './verify.js';

export interface InstallTarget {
  name: string;
  owner: string;
  repo: string;
  version: string;
  platformKey: string;
  /** Names the tool is known by (alias, short name), recorded for warm lookups. */
  names: string[];
  registry: string;
}

/** Where the bytes come from and what to expect of them; resolved only when an install is needed. */
export interface InstallSource {
  /** Public URLs to try in order (the rewriter maps them to GHES/mirrors). */
  urls: string[];
  assetName: string;
  format: string;
  files: AssetFile[];
  /** Expected digest; a promise so the checksum file is fetched while the asset downloads. */
  expected?: () => Promise<ExpectedChecksum | undefined>;
  /** The digest recorded in toolchain.lock.yaml (enforced even when the policy is disabled). */
  locked?: ExpectedChecksum;
  fromLock: boolean;
  /**
   * Signature/provenance checks (src/toolchain/signatures): started with the download (their
   * material is fetched meanwhile), `verify(file)` runs once the checksum matched and throws
   * when a signature does not verify. Returns what verified. `expectedSha256`: the digest the
   * asset should have (lock, checksum file, GitHub's asset digest), for lookups by digest.
   */
  signatures?: (expectedSha256?: Promise<string | undefined>) => SignatureCheck;
  /** The registry plan this source came from (undefined for lock sources). */
  plan?: AssetPlan;
  /**
   * Tried once when every URL answers 404: the same tool with the version prefix toggled
   * (`1.2.3` ↔ `v1.2.3`), as Atmos does — users pin `1.2.3`, most tags are `v1.2.3`.
   */
  fallback?: () => Promise<InstallSource>;
}

import type { ToolchainSharedTier } from './sharedTier.js';

export interface InstallEnv {
  layout: InstallLayout;
  /** Loaded on first download only: a warm run needs no HTTP stack (HttpClient, p-retry, node:http/https; undici too behind a proxy). */
  http: () => Promise<HttpClient>;
  rewrite: (url: string) => string;
  logger: Logger;
  windows: boolean;
  /** How long an unrefreshed install lock counts as abandoned (a killed installer); default 15 s. */
  lockStaleMs?: number;
  /** The fleet tier (`toolchain.store`): tried before upstream, written through after. */
  shared?: () => ToolchainSharedTier | undefined;
}

export interface InstallResult {
  status: 'installed' | 'already-installed';
  binDir: string;
  binaries: string[];
  meta: InstallMeta;
  downloadedBytes?: number;
  /** The plan that served the asset (after a version-prefix fallback, the fallback's). */
  plan?: AssetPlan;
  /** The verified digest of the asset (for the lock). */
  digest?: { hex: string; algorithm: ChecksumAlgorithm; size: number; url: string; signatures?: SignatureRecord[] };
}

export interface DownloadResult {
  file: string;
  url: string;
  size: number;
  hex: string;
  algorithm: ChecksumAlgorithm;
  downloaded: boolean;
  /** The source that actually served the asset (the fallback, when it was used). */
  source: InstallSource;
  /** Signatures and provenance that verified (none when none were checked). */
  signatures?: SignatureRecord[];
}

export async function installVersion(
  env: InstallEnv,
  target: InstallTarget,
  source: () => Promise<InstallSource>,
  options: { reinstall?: boolean } = {},
): Promise<InstallResult> {
  const { layout } = env;
  const binDir = layout.versionDir(target.owner, target.repo, target.version);
  const label = `${target.name}@${target.version}`;
  const existing = async (log = false): Promise<InstallResult | undefined> => {
    const found = await layout.checkInstall(target.owner, target.repo, target.version);
    if (found.state === 'complete') {
      return { status: 'already-installed', binDir, binaries: found.meta.binaries.map((b) => path.join(binDir, b)), meta: found.meta };
    }
    if (log && found.state === 'incomplete') env.logger.info(`${label} is installed incompletely (${found.problem}); repairing`);
    return undefined;
  };
  if (!options.reinstall) {
    const found = await existing();
    // Staging left by an installer killed after its final rename is cleared under the lock below.
    if (found && (await stagingDirs(env, target)).length === 0) return found;
  }
  return withFileLock(
    binDir,
    async () => {
      // Another process may have finished it while we waited for the lock.
      if (!options.reinstall) {
        const found = await existing(true);
        if (found) {
          // We hold the version lock: any staging for this version is a dead installer's.
          for (const dir of await stagingDirs(env, target)) await fs.rm(dir, { recursive: true, force: true });
          return found;
        }
      }
      await removeLeftovers(env, target);
      const dl = await downloadVerified(env, target, await source()).catch(async (err: unknown) => {
        // A rejected download is already deleted; do not leave its empty directories either.
        await pruneEmptyDirs(layout, versionDownloads(layout, target));
        throw err;
      });
      const src = dl.source;
      const staging = path.join(layout.tmpRoot(), `${stagingPrefix(target)}${process.pid}-${randomBytes(4).toString('hex')}`);
      let committed = false;
      try {
        const unpacked = path.join(staging, 'unpacked');
        const out = path.join(staging, 'out');
        await extractAsset(dl.file, archiveFormat(src.format, src.assetName), unpacked, src.assetName);
        const binaries = await placeBinaries(unpacked, out, src.files, env.windows, label);
        const meta: InstallMeta = {
          name: target.name,
          repoOwner: target.owner,
          repoName: target.repo,
          version: target.version,
          platform: target.platformKey,
          url: dl.url,
          checksum: dl.hex,
          checksumAlgorithm: dl.algorithm,
          size: dl.size,
          ...(dl.signatures?.length ? { signatures: dl.signatures } : {}),
          binaries,
          binarySizes: await sizesOf(out, binaries),
          names: [...new Set(target.names)],
          registry: target.registry,
          installedAt: new Date().toISOString(),
        };
        // The marker comes last, whole (temp + rename): it vouches for the binaries before it.
        await writeMeta(out, meta);
        await commit(out, binDir, staging);
        committed = true;
        // The archive is not kept (also one fetched by `lock` or left by a killed installer):
        // the install root is what the CI cache carries.
        await removeDownload(layout, dl.file);
        return {
          status: 'installed' as const,
          binDir,
          binaries: binaries.map((b) => path.join(binDir, b)),
          meta,
          downloadedBytes: dl.downloaded ? dl.size : 0,
          plan: src.plan,
          digest: { hex: dl.hex, algorithm: dl.algorithm, size: dl.size, url: dl.url, ...(dl.signatures ? { signatures: dl.signatures } : {}) },
        };
      } finally {
        await fs.rm(staging, { recursive: true, force: true });
        // An archive that could not be installed (rejected entry, unpack error, full disk) is
        // no use to anyone; a failed install leaves neither it nor a partial version behind.
        if (!committed) await removeDownload(layout, dl.file);
      }
    },
    {
      staleMs: env.lockStaleMs,
      onWait: () => env.logger.info(`waiting for another process installing ${target.name}@${target.version}`),
    },
  );
}

function stagingPrefix(t: InstallTarget): string {
  return `${t.owner}-${t.repo}-${t.version}-`.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** This version's staging directories under tmp/ (ours while we stage; otherwise a killed installer's). */
async function stagingDirs(env: InstallEnv, t: InstallTarget): Promise<string[]> {
  const prefix = stagingPrefix(t);
  const tmp = env.layout.tmpRoot();
  return (await fs.readdir(tmp).catch(() => [] as string[])).filter((e) => e.startsWith(prefix)).map((e) => path.join(tmp, e));
}

/** Staging dirs and partial downloads of a killed installer (we hold the version lock, so nobody else owns them). */
async function removeLeftovers(env: InstallEnv, t: InstallTarget): Promise<void> {
  for (const dir of await stagingDirs(env, t)) await fs.rm(dir, { recursive: true, force: true });
  const dlDir = versionDownloads(env.layout, t);
  for (const e of await fs.readdir(dlDir).catch(() => [] as string[])) {
    if (e.startsWith('.')) await fs.rm(path.join(dlDir, e), { force: true });
  }
  // A version dir that is not a complete install (no marker, a missing or truncated binary) is replaced.
  if ((await env.layout.checkInstall(t.owner, t.repo, t.version)).state === 'incomplete') {
    await fs.rm(env.layout.versionDir(t.owner, t.repo, t.version), { recursive: true, force: true });
  }
}

async function sizesOf(dir: string, names: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const n of names) out[n] = (await fs.stat(path.join(dir, n))).size;
  return out;
}

/** Delete a download and the directories it leaves empty. */
async function removeDownload(layout: InstallLayout, file: string): Promise<void> {
  await fs.rm(file, { force: true });
  await pruneEmptyDirs(layout, path.dirname(file));
}

/** `downloads/<owner>/<repo>/<version>/<os_arch>` of one install. */
function versionDownloads(layout: InstallLayout, t: InstallTarget): string {
  return path.dirname(layout.downloadPath(t.owner, t.repo, t.version, t.platformKey, 'x'));
}

/** Remove `dir` and its parents while they are empty, up to (not including) `downloads/`. */
async function pruneEmptyDirs(layout: InstallLayout, dir: string): Promise<void> {
  const root = layout.downloadsRoot();
  for (; dir.startsWith(`${root}${path.sep}`); dir = path.dirname(dir)) {
    try {
      await fs.rmdir(dir);
    } catch {
      break; // not empty (another version's files), or already gone
    }
  }
}

/** Rename into place; a reinstall moves the old version aside first and deletes it after. */
async function commit(out: string, binDir: string, staging: string): Promise<void> {
  await fs.mkdir(path.dirname(binDir), { recursive: true });
  if (await pathExists(binDir)) await fs.rename(binDir, path.join(staging, 'old'));
  await fs.rename(out, binDir);
}

/**
 * Download (reusing a cached copy), hash and verify. On any checksum failure the
 * download is deleted. Used by install and by `lock` (which does not extract).
 */
export async function downloadVerified(env: InstallEnv, target: InstallTarget, src: InstallSource): Promise<DownloadResult> {
  try {
    return await downloadVerifiedOnce(env, target, src);
  } catch (err) {
    if (!(err instanceof AtmosError && err.code === 'ASSET_NOT_FOUND' && src.fallback)) throw err;
    const alt = await src.fallback().catch(() => undefined);
    if (!alt) throw err;
    try {
      return await downloadVerifiedOnce(env, target, alt);
    } catch (altErr) {
      // Report the URLs as the user's version names them, unless the fallback got further.
      throw altErr instanceof AtmosError && altErr.code === 'ASSET_NOT_FOUND' ? err : altErr;
    }
  }
}

async function downloadVerifiedOnce(env: InstallEnv, target: InstallTarget, src: InstallSource, skipSharedFetch = false): Promise<DownloadResult> {
  const label = `${target.name}@${target.version} (${target.platformKey})`;
  const file = env.layout.downloadPath(target.owner, target.repo, target.version, target.platformKey, src.assetName);
  // Start the checksum lookup while the asset downloads.
  const expectedP = src.expected ? src.expected() : Promise.resolve(undefined);
  expectedP.catch(() => {});
  // Lookups keyed by the asset's digest (GitHub attestations) start from the expected one.
  const expectedSha256 =
    src.locked?.algorithm === 'sha256'
      ? Promise.resolve(src.locked.hex)
      : expectedP.then(
          (e) => (e?.algorithm === 'sha256' ? e.hex : undefined),
          () => undefined,
        );
  const signatureCheck = src.signatures?.(expectedSha256);
  let url = src.urls[0];
  let downloaded = false;
  let size: number;
  const shared = env.shared?.();
  let fromShared: 'fetched' | 'leased' | 'open' | undefined;
  try {
    // Hashed while the bytes stream in, with every algorithm the checks below can ask for
    // (known before the checksum file arrives); a reused or store-served download is hashed from disk.
    let streamed: Record<string, string> = {};
    if (await pathExists(file)) {
      size = (await fs.stat(file)).size;
    } else {
      fromShared = shared && !skipSharedFetch ? await shared.fetchOrLease(src.urls[0], src.assetName, file) : undefined;
      if (fromShared === 'fetched') {
        size = (await fs.stat(file)).size;
      } else {
        const likely = ['sha256', src.locked?.algorithm, src.plan?.checksum?.algorithm].filter((a): a is ChecksumAlgorithm => !!a);
        const res = await fetchFirst(env, src.urls, file, label, likely);
        url = res.url;
        size = res.size;
        streamed = res.digests;
        downloaded = true;
      }
    }
    const expected = await expectedP;
    const want = src.locked ?? expected;
    const algorithms = [want?.algorithm ?? 'sha256', ...(src.locked && expected ? [expected.algorithm] : [])];
    const digests = algorithms.every((a) => streamed[a]) ? streamed : await hashFile(file, algorithms);
    try {
      if (expected) await checkDigest(file, label, expected, digests[expected.algorithm]);
      if (src.locked) await checkDigest(file, label, src.locked, digests[src.locked.algorithm], 'LOCK_CHECKSUM_MISMATCH');
    } catch (err) {
      if (fromShared !== 'fetched' || !shared) throw err;
      // The shared copy is not what the pins say: drop it and go upstream like a runner without the tier.
      env.logger.warn(`fleet store copy of ${label} failed its checksum; removed, downloading from upstream`);
      await shared.discard(src.urls[0], src.assetName);
      return await downloadVerifiedOnce(env, target, src, true);
    }
    const algorithm = (want?.algorithm ?? 'sha256') as ChecksumAlgorithm;
    // Signatures after the checksum: the one point where signature checks enter the install flow.
    const signatures = signatureCheck
      ? await signatureCheck.verify(file, digests).catch(async (err: unknown) => {
          await fs.rm(file, { force: true });
          throw err;
        })
      : undefined;
    // Written through only once every check passed.
    if (downloaded && shared) await shared.publish(src.urls[0], src.assetName, file, { algorithm, hex: digests[algorithm] });
    return { file, url, size, hex: digests[algorithm], algorithm, downloaded, source: src, ...(signatures ? { signatures } : {}) };
  } finally {
    if (fromShared === 'leased') await shared!.releaseLease(src.urls[0], src.assetName);
  }
}

async function fetchFirst(
  env: InstallEnv,
  urls: string[],
  file: string,
  label: string,
  digests: readonly string[],
): Promise<{ url: string; size: number; digests: Record<string, string> }> {
  let lastErr: unknown;
  for (const publicUrl of urls) {
    const url = env.rewrite(publicUrl);
    const task = lazyTask(env.logger, `download ${label}`);
    try {
      const res = await (await env.http()).download(url, file, { task, acceptStatus: [], digests });
      task.succeed(`downloaded ${label}`);
      return { url: publicUrl, size: res.size, digests: res.digests };
    } catch (err) {
      task.fail(`download ${label} failed`);
      // Offline: name the tool, not only the URL it would have come from.
      if (isOfflineError(err)) throw offlineError(`${label} (${url.split('/').pop()})`, url);
      lastErr = err;
      if (isNotFound(err)) continue;
      break;
    }
  }
  if (lastErr instanceof AtmosError) {
    if (isNotFound(lastErr)) {
      throw new AtmosError(`no release asset for ${label}`, {
        code: 'ASSET_NOT_FOUND',
        explanation: `Tried: ${urls.map(env.rewrite).join(', ')} (HTTP 404).`,
        hint: 'Check that the version exists upstream (atmos-ts toolchain get <tool> --all) and that the platform is supported.',
      });
    }
    throw lastErr;
  }
  throw new AtmosError(`download of ${label} failed: ${errorMessage(lastErr)}`, { code: 'DOWNLOAD_FAILED', cause: lastErr });
}

/** Move each `files[]` entry to `<out>/<name>` with mode 755. Returns the installed names. */
async function placeBinaries(unpacked: string, out: string, files: AssetFile[], windows: boolean, label: string): Promise<string[]> {
  await fs.mkdir(out, { recursive: true });
  const names: string[] = [];
  const found: (string | undefined)[] = [];
  for (const f of files) found.push(await findFile(unpacked, f, windows));
  // How many commands each unpacked file serves.
  const sources = new Map<string, number>();
  for (const src of found) if (src) sources.set(await fs.realpath(src), (sources.get(await fs.realpath(src)) ?? 0) + 1);
  for (const [i, f] of files.entries()) {
    const src = found[i];
    if (!src) {
      const listing = (await listTree(unpacked)).slice(0, 30);
      throw new AtmosError(`${label}: the asset has no file "${f.src}" for command ${f.name}`, {
        code: 'BINARY_NOT_FOUND',
        explanation: `The unpacked asset contains:\n  ${listing.join('\n  ') || '(nothing)'}`,
        hint: 'The registry definition (files[].src) may not match this version of the asset.',
      });
    }
    const name = windows && !/\.[A-Za-z0-9]+$/.test(f.name) && /\.exe$/i.test(src) ? `${f.name}.exe` : f.name;
    const dest = path.join(out, name);
    const real = await fs.realpath(src);
    // The unpacked tree is this install's own staging: a file only one command uses is moved,
    // not copied (a 20 MiB binary was written twice). Shared sources and links are copied.
    if (sources.get(real) === 1 && real === path.resolve(src)) await fs.rename(real, dest);
    else await fs.copyFile(real, dest);
    await fs.chmod(dest, 0o755);
    names.push(name);
  }
  return names;
}

/** `src` as given; else the same basename anywhere (shallowest first); else the command name. */
async function findFile(root: string, f: AssetFile, windows: boolean): Promise<string | undefined> {
  const direct = path.join(root, f.src);
  if (await isFile(direct)) return direct;
  if (windows && (await isFile(`${direct}.exe`))) return `${direct}.exe`;
  const all = await listTree(root);
  const wanted = [path.posix.basename(f.src), f.name, ...(windows ? [`${f.name}.exe`] : [])];
  for (const w of wanted) {
    const hit = all.filter((p) => path.posix.basename(p) === w).sort((a, b) => a.split('/').length - b.split('/').length)[0];
    if (hit && (await isFile(path.join(root, hit)))) return path.join(root, hit);
  }
  // A raw/gz asset is the binary itself whatever it is called.
  const plain = all.filter((p) => !p.includes('/'));
  if (all.length === 1 && plain.length === 1) return path.join(root, plain[0]);
  return undefined;
}

async function listTree(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(path.join(root, rel), { withFileTypes: true }).catch(() => [])) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listTree(root, p)));
    else out.push(p);
  }
  return out;
}

export async function writeMeta(binDir: string, meta: InstallMeta): Promise<void> {
  await writeFileAtomic(path.join(binDir, INSTALL_META), JSON.stringify(meta, null, 2));
}

/** HttpStatusError 404, checked structurally so this module does not load the HTTP stack. */
function isNotFound(err: unknown): boolean {
  return (err as { status?: number }).status === 404;
}

/**
 * A progress task that appears with the first byte, so a 404 answered before any body (the
 * version-prefix fallback) does not print a failed download.
 */
function lazyTask(logger: Logger, label: string): Task {
  let task: Task | undefined;
  const get = () => (task ??= logger.task(label, { unit: 'bytes' }));
  return {
    update: (done, total) => get().update(done, total),
    label: (text) => get().label(text),
    succeed: (message) => get().succeed(message),
    fail: (message) => task?.fail(message),
  };
}
