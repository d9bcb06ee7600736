/*
 * Writing toolchain.lock.yaml: the entries of a run's registry installs, and the `lock` command
 * (download and verify every requested version for every platform, without extracting).
 * A run writes the file once, after its downloads, with every entry it collected: one
 * read-modify-write under the file's lock instead of one per tool (ten installs used to queue
 * ten writers on that lock, each sleep-polling for its turn).
 */
import { AtmosError } from '../common/errors.js';
import { withFileLock } from '../common/fileLock.js';
import { mapLimit } from '../common/mapLimit.js';
import { parsePlatform, platformKey, type Platform } from '../common/platform.js';
import type { AssetPlan } from './assetPlan.js';
import type { Target, ToolchainContext } from './context.js';
import { downloadVerified, type InstallSource } from './install.js';
import { installEnv, installTarget } from './installer.js';
import { setLockedPlatform, updateLockFile } from './lockFile.js';
import type { ResolvedTool } from './registry/types.js';
import type { SignatureRecord } from './signatures/index.js';
import type { RegistrySource } from './sources/index.js';
import type { LockOptions, LockOutcome } from './types.js';

/** One lock entry waiting for the run's single write. */
export interface LockRecord {
  tool: ResolvedTool;
  version: string;
  platform: Platform;
  digest: { hex: string; algorithm: string; size: number; url: string; signatures?: SignatureRecord[] };
  plan?: AssetPlan;
}

export class LockWriter {
  constructor(
    private readonly ctx: ToolchainContext,
    private readonly registrySource: RegistrySource,
  ) {}

  /** Write these entries in one update of the lock file (nothing when there are none). */
  async recordAll(records: LockRecord[]): Promise<void> {
    if (records.length === 0) return;
    await updateLockFile(this.ctx.settings.lockPath, platformKey(this.ctx.platform), (data) => {
      for (const { tool, version, platform, digest, plan } of records) {
        setLockedPlatform(
          data,
          `${tool.repoOwner}/${tool.repoName}`,
          version,
          platformKey(platform),
          {
            url: digest.url,
            checksum: digest.hex,
            size: digest.size,
            checksum_algorithm: digest.algorithm,
            ...(plan ? lockExtras(plan) : {}),
            ...(digest.signatures?.length ? { signatures: digest.signatures } : {}),
          },
          { source: tool.registry, binaryName: plan?.files[0]?.name.replace(/\.exe$/i, '') },
        );
      }
    });
  }

  /** The lock command; `targets` come from the registry (it is how a lock is refreshed), never from existing entries. */
  async lock(targets: Target[], options: LockOptions = {}): Promise<LockOutcome[]> {
    const { ctx } = this;
    if (!ctx.settings.useLock) ctx.logger.warn('toolchain.use_lock_file is false: the lock file is written but not used by install');
    const platforms = this.platforms(options);
    const jobs = targets.flatMap((t) => platforms.map((p) => ({ ...t, platform: p })));
    const env = installEnv(ctx);
    const records: LockRecord[] = [];
    const outcomes = await mapLimit(jobs, options.maxConcurrency ?? ctx.maxConcurrency, async ({ tool, version, platform }): Promise<LockOutcome> => {
      const key = platformKey(platform);
      let source: InstallSource;
      try {
        source = await this.registrySource.sourceFor(tool, version, platform);
      } catch (err) {
        const error = err instanceof AtmosError ? err : new AtmosError((err as Error).message);
        const unsupported = ['UNSUPPORTED_PLATFORM', 'NO_ASSET'].includes(error.code);
        return { tool, version, platform: key, status: unsupported ? 'unsupported' : 'failed', error };
      }
      try {
        const target = installTarget(tool, version, platform);
        // The same per-version lock as install: both use (and clean) the version's download directory.
        const dl = await withFileLock(ctx.layout.versionDir(tool.repoOwner, tool.repoName, version), () => downloadVerified(env, target, source), {
          staleMs: env.lockStaleMs,
        });
        records.push({
          tool,
          version,
          platform,
          digest: { hex: dl.hex, algorithm: dl.algorithm, size: dl.size, url: dl.url, signatures: dl.signatures },
          plan: dl.source.plan,
        });
        return { tool, version, platform: key, status: 'locked', url: dl.url, checksum: dl.hex, checksumAlgorithm: dl.algorithm, size: dl.size };
      } catch (err) {
        const error = err instanceof AtmosError ? err : new AtmosError((err as Error).message, { cause: err });
        return { tool, version, platform: key, status: 'failed', error };
      }
    });
    await this.recordAll(records);
    return outcomes;
  }

  private platforms(options: LockOptions): Platform[] {
    if (options.platforms?.length) return options.platforms;
    const configured = this.ctx.config.values.toolchain.platforms ?? [];
    const list = configured.filter((p): p is string => !!p);
    return list.length > 0 ? list.map((p) => parsePlatform(p)) : [this.ctx.platform];
  }
}

/**
 * The lock records `files` (and `format` when the URL does not show it) so that
 * install-from-lock can lay the binaries out without asking the registry.
 */
function lockExtras(plan: AssetPlan): { format?: string; files?: { name: string; src: string }[] } {
  const extras: { format?: string; files?: { name: string; src: string }[] } = {};
  const trivial = plan.files.length === 1 && plan.files[0].src === plan.files[0].name;
  if (!trivial) extras.files = plan.files.map((f) => ({ name: f.name, src: f.src }));
  if (plan.format && plan.format !== 'raw' && !plan.assetName.toLowerCase().endsWith(`.${plan.format}`)) extras.format = plan.format;
  if (plan.format === 'raw' && /\.(zip|gz|tgz|xz|bz2|tar)$/i.test(plan.assetName)) extras.format = 'raw';
  return extras;
}
