/**
 * Terraform's plugin cache directory (TF_PLUGIN_CACHE_DIR) under the atmos cache root: one
 * unpacked copy of each provider that every root module of a job (and, through the CI cache,
 * the next job) links instead of downloading and unzipping it again. Shared by the CLI
 * wrapper (`atmos-ts terraform`) and the root action, so both pick the same directory.
 */

import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import { expandPath } from '../common/paths.js';
import type { LoadedConfig } from '../config/index.js';
import { cliConfigLocations, readUserCliConfig, type UserCliConfig } from './cliconfig.js';
import { h1OfDir } from './hashes.js';

const execFileAsync = promisify(execFile);

/** `name` in `dir` as committed at HEAD, or undefined when it is not in git there. */
async function committedText(dir: string, name: string): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync('git', ['-C', dir, 'show', `HEAD:./${name}`], { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}

/**
 * The plugin cache directory to set: `components.terraform.plugin_cache_dir`, else
 * `<cache root>/terraform/plugins`. Undefined when the user already chose one (env
 * TF_PLUGIN_CACHE_DIR or `plugin_cache_dir` in their CLI config) or `plugin_cache: false`.
 * `userConfig`: the user's CLI config when already read (else read from `env`'s locations).
 * Pure: creates nothing (see {@link ensurePluginCacheDir}).
 */
export async function pluginCacheDir(config: LoadedConfig, env: NodeJS.ProcessEnv, userConfig?: UserCliConfig): Promise<string | undefined> {
  const tf = config.values.components.terraform;
  if (!tf.plugin_cache || env.TF_PLUGIN_CACHE_DIR) return undefined;
  const user = userConfig ?? (await readUserCliConfig(cliConfigLocations(env)).catch(() => undefined));
  if (user && 'plugin_cache_dir' in user.other) return undefined;
  return tf.plugin_cache_dir ? expandPath(tf.plugin_cache_dir, config.baseDir) : path.join(config.cacheRoot, 'terraform', 'plugins');
}

/** Terraform ignores (with a warning) a plugin cache directory that does not exist. */
export async function ensurePluginCacheDir(dir: string): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  return dir;
}

const ZIP_NAME = /^terraform-provider-(.+)_([^_]+)_([^_]+)_([^_]+)\.zip$/;
const SKIPPED_DIRS = new Set(['.terraform', 'node_modules', '.git']);

/** Every `h1:` hash recorded in the `.terraform.lock.hcl` files under `workspace` (not in `.terraform/` copies). */
export async function lockFileH1s(workspace: string): Promise<Set<string>> {
  const out = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !SKIPPED_DIRS.has(e.name)) await walk(p);
      else if (e.isFile() && e.name === '.terraform.lock.hcl') {
        // Only what is committed: the next job checks out HEAD, not this job's working copy, and
        // Terraform takes a provider from the plugin cache only under a lock-file hash. A lock file
        // that is not committed (or hashes this job's init added) would leave the next job needing
        // the zip — with the registry down, that job would fail.
        const committed = await committedText(dir, e.name);
        if (committed === undefined) continue;
        for (const m of committed.matchAll(/"(h1:[A-Za-z0-9+/=]+)"/g)) out.add(m[1]);
      }
    }
  };
  await walk(workspace);
  return out;
}

export interface PrunedZips {
  removed: string[];
  bytes: number;
}

/**
 * Remove from the registry cache (`registryRoot`) the provider zips that the plugin cache
 * (`pluginDir`) holds unpacked AND that a lock file will let Terraform take from there: the
 * unpacked directory's `h1:` is recomputed here and must be one of `lockH1s`. Terraform
 * (≥ 1.4) links a cached provider only when the lock file records a checksum that matches it,
 * so exactly these zips would never be asked for again; storing them in the CI cache too
 * would keep every provider twice. A zip whose provider is missing, differs, or is not
 * locked with an `h1:` for this platform stays. A removed zip is fetched again (and checked
 * against the registry's shasum) if something asks for it.
 */
export async function pruneZipsHeldByPluginCache(registryRoot: string, pluginDir: string, lockH1s: Set<string>): Promise<PrunedZips> {
  const out: PrunedZips = { removed: [], bytes: 0 };
  const providersRoot = path.join(registryRoot, 'providers');
  const hostDirs = await fs.readdir(providersRoot, { withFileTypes: true }).catch(() => []);
  for (const host of hostDirs.filter((d) => d.isDirectory())) {
    for (const ns of await subdirs(path.join(providersRoot, host.name))) {
      for (const type of await subdirs(path.join(providersRoot, host.name, ns))) {
        const dir = path.join(providersRoot, host.name, ns, type);
        for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
          const m = ZIP_NAME.exec(name);
          if (!m || m[1] !== type) continue;
          const [, , version, os, arch] = m;
          const unpacked = path.join(pluginDir, host.name, ns, type, version, `${os}_${arch}`);
          const h1 = await h1OfDir(unpacked).catch(() => undefined);
          if (!h1 || !lockH1s.has(h1)) continue;
          const zip = path.join(dir, name);
          const size = (await fs.stat(zip)).size;
          await fs.rm(zip, { force: true });
          await fs.rm(`${zip}.hashes.json`, { force: true });
          out.removed.push(zip);
          out.bytes += size;
        }
      }
    }
  }
  return out;
}

async function subdirs(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}
