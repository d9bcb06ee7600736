/**
 * The `bundle:` and `offline:` inputs shared by setup-toolchain and tf-mirror. `offline: true`
 * sets ATMOS_OFFLINE=1 for this step and every later one (the detached registry cache and
 * terraform inherit it); `bundle:` (a path, or an http(s) URL on an internal server) is verified
 * and imported into the cache root before anything else runs. Fetching the bundle is the one
 * download offline mode allows: it is how the closure gets in.
 */

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importBundle } from '../../bundle/index.js';
import { HttpClient } from '../../common/http.js';
import { loadConfig } from '../../config/index.js';
import { boolInput, stringInput } from './inputs.js';
import type { ActionContext } from './io.js';

export const BUNDLE_INPUT = 'bundle';
export const OFFLINE_INPUT = 'offline';

export async function applyBundleAndOffline(ctx: ActionContext, configPath: string | undefined, prefix = ''): Promise<void> {
  const { io, logger } = ctx;
  if (boolInput(io, `${prefix}${OFFLINE_INPUT}`, false)) {
    ctx.env.ATMOS_OFFLINE = '1';
    io.exportVariable('ATMOS_OFFLINE', '1');
    logger.info('offline mode: no outbound connections (ATMOS_OFFLINE=1 for the rest of the job)');
  }
  const bundle = stringInput(io, `${prefix}${BUNDLE_INPUT}`);
  if (!bundle) return;
  const config = loadConfig({ configPath, cwd: ctx.cwd, env: ctx.env, logger });
  let file = path.resolve(ctx.cwd, bundle);
  let tmpDir: string | undefined;
  try {
    if (/^https?:\/\//i.test(bundle)) {
      tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'atmos-bundle-'));
      file = path.join(tmpDir, 'bundle.tar.zst');
      await new HttpClient({ logger, env: ctx.env }).download(bundle, file, { allowOffline: true });
    }
    await io.group(`Import bundle ${path.basename(bundle)}`, () => importBundle(file, { config, logger }));
  } finally {
    if (tmpDir) await fs.rm(tmpDir, { recursive: true, force: true });
  }
}
