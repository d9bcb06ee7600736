/**
 * `ci cache export` / `ci cache import`: the whole cache root as a bundle, for moving a warm
 * cache between CI systems (or into an air-gapped one). The same selection as the CI cache —
 * `ci.cache.paths`, and never credentials, the registry cache's TLS keys or atmos-ts state —
 * and the same deterministic format as `bundle create`, so `bundle verify/ls` read it too.
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { silentLogger, type Logger } from '../common/logger.js';
import type { LoadedConfig } from '../config/index.js';
import { pathSelected, resolveCachePaths } from '../cache/index.js';
import { registryCacheSecretPaths } from '../mirror/index.js';
import { writeBundle, type CreateBundleResult, type Pending } from './create.js';

export async function exportCache(options: { config: LoadedConfig; output: string; logger?: Logger }): Promise<CreateBundleResult> {
  const { config } = options;
  const root = config.cacheRoot;
  const paths = resolveCachePaths(
    root,
    (config.values.ci.cache.paths ?? []).filter((p): p is string => Boolean(p)),
    registryCacheSecretPaths(config),
  );
  const output = path.resolve(options.output);
  const pending: Pending[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await fs.readdir(rel ? path.join(root, rel) : root, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      // Locks, temp files and half-finished imports are nobody's data.
      if (e.name.endsWith('.lock') || e.name.startsWith('.bundle-import-') || /\.(part|tmp|import)-/.test(e.name)) continue;
      if (!pathSelected(child, paths)) continue;
      const full = path.join(root, child);
      if (full === output) continue;
      if (e.isDirectory()) await walk(child);
      else if (e.isFile()) {
        const st = await fs.stat(full);
        pending.push({ path: `cache/${child}`, file: full, executable: (st.mode & 0o111) !== 0 });
      }
    }
  };
  await walk('');
  return writeBundle(
    output,
    { kind: 'cache', platforms: [], inputs: [], tools: [], providers: [], modules: [], git: [] },
    pending,
    options.logger ?? silentLogger,
  );
}
