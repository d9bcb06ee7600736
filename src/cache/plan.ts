import path from 'node:path';
import { AtmosError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { expandPath } from '../common/paths.js';
import { hostPlatform } from '../common/platform.js';
import type { LoadedConfig, CiCacheConfig } from '../config/index.js';
import { registryCacheSecretPaths } from '../mirror/layout.js';
import { toolchainSettings } from '../toolchain/index.js';
import { defaultKeyPrefix, pinsHash, renderKeyTemplate, validateKeys } from './key.js';
import { FORCED_EXCLUDES, resolveCachePaths, type CachePaths } from './paths.js';

/** CLI flags / action inputs that beat `ci.cache` in atmos.yaml. */
export interface CacheOverrides {
  key?: string;
  restoreKeys?: string[];
  root?: string;
  paths?: string[];
  backend?: CacheBackendName;
  dir?: string;
  /** Object store URL (s3://, azblob://, file://); alone it selects the backend from its scheme. */
  store?: string;
}

export type CacheBackendName = 'github' | 'dir' | 's3' | 'azblob' | 'file';
const STORE_BACKENDS = ['s3', 'azblob', 'file'] as const;

/** Everything one restore/save needs, resolved once (the auto lifecycle reuses it for the save). */
export interface CachePlan {
  key: string;
  restoreKeys: string[];
  /** True when the key came from the committed pins (no ci.cache.key). */
  defaultKey: boolean;
  paths: CachePaths;
  backend: CacheBackendName;
  dir?: string;
  /** Object store URL for the s3/azblob/file backends. */
  store?: string;
  /** Pin files hashed into the default key (those that exist). */
  pinFiles: string[];
  config: CiCacheConfig;
}

/**
 * Every secret-bearing path where it really is, whatever ci.cache.root is: the registry
 * cache's TLS keys wherever `location` puts them (the mirror engine says where), and the
 * state and credential directories under the atmos cache root.
 */
export function secretPaths(loaded: LoadedConfig): string[] {
  return [...registryCacheSecretPaths(loaded), ...FORCED_EXCLUDES.map((e) => path.join(loaded.cacheRoot, e))];
}

export async function resolveCachePlan(loaded: LoadedConfig, overrides: CacheOverrides = {}, logger?: Logger): Promise<CachePlan> {
  const cc = loaded.values.ci?.cache ?? ({} as CiCacheConfig);
  const env = loaded.env;
  const platform = hostPlatform(env);
  const rootSetting = overrides.root ?? cc.root;
  const root = rootSetting ? expandPath(rootSetting, loaded.baseDir) : loaded.cacheRoot;
  const paths = resolveCachePaths(
    root,
    (overrides.paths ?? cc.paths ?? []).filter((p): p is string => typeof p === 'string'),
    secretPaths(loaded),
  );
  // hashFiles patterns resolve against the repository (atmos.yaml's directory), like GitHub's hashFiles against the workspace.
  const ctx = { platform, baseDir: loaded.baseDir };

  const template = overrides.key ?? cc.key;
  let key: string;
  let pinFiles: string[] = [];
  if (template) {
    key = await renderKeyTemplate(template, ctx, overrides.key ? '--key' : 'ci.cache.key');
  } else {
    // The same files the toolchain reads (same `~/` and relative-path rules).
    const { toolVersionsPath: versionsFile, lockPath: lockFile } = toolchainSettings(loaded);
    const pins = await pinsHash({ versionsFile, lockFile });
    pinFiles = pins.found;
    if (pins.found.length === 0) {
      logger?.debug(`ci cache: neither ${versionsFile} nor ${lockFile} exists; the default key only varies by platform`);
    }
    key = `${defaultKeyPrefix(platform)}${pins.hash}`;
  }
  const restoreTemplates = (overrides.restoreKeys ?? cc.restore_keys ?? []).filter((t): t is string => typeof t === 'string');
  const restoreKeys: string[] = [];
  for (const [i, t] of restoreTemplates.entries()) {
    const r = await renderKeyTemplate(t, ctx, `ci.cache.restore_keys[${i}]`);
    if (r && !restoreKeys.includes(r)) restoreKeys.push(r);
  }
  if (!template && restoreTemplates.length === 0) restoreKeys.push(defaultKeyPrefix(platform));
  validateKeys(key, restoreKeys);

  const storeSetting = overrides.store ?? cc.store;
  const backend = overrides.backend ?? (overrides.store ? storeBackend(overrides.store) : undefined) ?? cc.backend ?? 'github';
  if ((STORE_BACKENDS as readonly string[]).includes(backend)) {
    const where = loaded.locate(['ci', 'cache', storeSetting ? 'store' : 'backend']);
    if (!storeSetting) {
      throw new AtmosError(`ci.cache.backend is "${backend}" but ci.cache.store is not set`, {
        code: 'CACHE_CONFIG_INVALID',
        context: where,
        hint: `Set ci.cache.store (or the action's store input, --store, ATMOS_CI_CACHE_STORE) to ${backend === 's3' ? 's3://bucket/prefix' : backend === 'azblob' ? 'azblob://container/prefix' : 'file:///shared/dir'}.`,
      });
    }
    const scheme = storeBackend(storeSetting);
    if (scheme !== backend) {
      throw new AtmosError(`ci.cache.store ${JSON.stringify(storeSetting)} is a ${scheme ?? 'non-store'} URL but ci.cache.backend is "${backend}"`, {
        code: 'CACHE_CONFIG_INVALID',
        context: where,
        hint: `Make them agree: backend ${scheme ?? backend} with this URL, or a ${backend}:// URL.`,
      });
    }
  }
  const dirSetting = overrides.dir ?? cc.dir;
  if (backend === 'dir' && !dirSetting) {
    throw new AtmosError('ci.cache.backend is "dir" but no directory is configured', {
      code: 'CACHE_CONFIG_INVALID',
      context: loaded.locate(['ci', 'cache', 'backend']),
      hint: 'Set ci.cache.dir (or --dir, or ATMOS_CI_CACHE_DIR) to a directory shared by the runners.',
    });
  }
  return {
    key,
    restoreKeys,
    defaultKey: !template,
    paths,
    backend,
    dir: dirSetting ? expandPath(dirSetting, loaded.baseDir) : undefined,
    store: storeSetting,
    pinFiles,
    config: cc,
  };
}

/** The backend a store URL's scheme implies (`/abs/path` is a file store). */
export function storeBackend(url: string): 's3' | 'azblob' | 'file' | undefined {
  const m = /^([a-z0-9]+):\/\//.exec(url.trim());
  if (!m) return url.trim().startsWith('/') ? 'file' : undefined;
  return (STORE_BACKENDS as readonly string[]).includes(m[1]) ? (m[1] as 's3' | 'azblob' | 'file') : undefined;
}
