import { errorMessage } from '../common/errors.js';
import { formatBytes } from '../common/format.js';
import { type Logger } from '../common/logger.js';
import type { LoadedConfig } from '../config/index.js';
import { DirCacheBackend } from './backends/dir.js';
import { GitHubCacheBackend, hasActionsRuntime } from './backends/github.js';
import { StoreCacheBackend } from './backends/store.js';
import type { CacheBackend, SaveStatus } from './backends/types.js';
import { resolveCachePlan, type CacheOverrides, type CachePlan } from './plan.js';
import { selectedFiles } from './archive.js';
import { removeStaleStaging } from './staging.js';
import { filesPresent, jobId, readState, updateKeyState, type KeyState, type RestoreOutcome } from './state.js';

export interface RunOptions {
  logger: Logger;
  env: NodeJS.ProcessEnv;
}

export function backendFor(plan: CachePlan): CacheBackend {
  if (plan.backend === 'dir') return new DirCacheBackend(plan.dir!);
  if (plan.backend === 'github') return new GitHubCacheBackend();
  return new StoreCacheBackend(plan.backend, plan.store!);
}

export interface RestoreReport {
  key: string;
  /** `skipped` = already restored in this job. */
  outcome: RestoreOutcome | 'skipped';
  matchedKey?: string;
  /** A failure other than a miss (rate limit, server error), already explained. */
  problem?: string;
}

/**
 * "Already restored in this job": the same real CI job restored this key, and what it
 * restored is still there (a step may have deleted it). Outside CI never.
 */
async function alreadyRestored(prior: KeyState | undefined, job: string | undefined, root: string): Promise<boolean> {
  if (!job || !prior || prior.job !== job || !prior.files) return false;
  if (prior.restored !== 'exact' && prior.restored !== 'prefix') return false;
  return filesPresent(root, prior.files);
}

/** Whether a matched key is the primary key (case-insensitive, as actions/cache compares). */
export function isExactMatch(key: string, matched: string | undefined): boolean {
  return matched !== undefined && key.localeCompare(matched, undefined, { sensitivity: 'accent' }) === 0;
}

export async function restore(plan: CachePlan, options: RunOptions & { lookupOnly?: boolean }): Promise<RestoreReport> {
  const { logger, env } = options;
  const job = jobId(env);
  const root = plan.paths.root;
  const prior = (await readState(root)).keys[plan.key];
  if (!options.lookupOnly && (await alreadyRestored(prior, job, root))) {
    logger.info(`Cache already restored in this job (key: ${plan.key})`);
    return { key: plan.key, outcome: 'skipped', matchedKey: prior?.matchedKey };
  }
  const result = await backendFor(plan).restore(
    { key: plan.key, restoreKeys: plan.restoreKeys, paths: plan.paths, logger, env },
    { lookupOnly: options.lookupOnly },
  );
  const outcome: RestoreOutcome = !result.matchedKey ? 'miss' : isExactMatch(plan.key, result.matchedKey) ? 'exact' : 'prefix';
  // Only a real restore inside a CI job can be skipped later, so only then is the file list worth a walk.
  const files = job && outcome !== 'miss' && !options.lookupOnly ? await selectedFiles(plan.paths) : undefined;
  await updateKeyState(root, plan.key, { restored: outcome, matchedKey: result.matchedKey, job, files });
  const verb = options.lookupOnly ? 'Cache found' : 'Cache restored';
  const size = result.size ? ` (${formatBytes(result.size)})` : '';
  if (outcome === 'exact') logger.success(`${verb} (exact match: ${plan.key})${size}`);
  else if (outcome === 'prefix') logger.success(`${verb} (restore-key match: ${result.matchedKey}; will save as ${plan.key})${size}`);
  else if (!result.problem) logger.info(`Cache miss (key: ${plan.key})`);
  return { key: plan.key, outcome, matchedKey: result.matchedKey, problem: result.problem };
}

export interface SaveReport {
  key: string;
  status: SaveStatus | 'skipped';
  message?: string;
}

/**
 * Write-once save: skipped when this job restored the exact key or the key is known to
 * exist; a prefix hit saves under the new key. "Already exists" is an outcome, not a
 * failure. `failed` is returned (not thrown) for service problems; only bad input throws.
 */
export async function save(plan: CachePlan, options: RunOptions): Promise<SaveReport> {
  const { logger, env } = options;
  const job = jobId(env);
  // Staged files of a killed restore are not part of the cache; a save is as good a time as any to drop them.
  await removeStaleStaging(plan.paths.root);
  const prior = (await readState(plan.paths.root)).keys[plan.key];
  if (job && prior?.saved && prior.savedJob === job) {
    logger.info(`Cache save skipped: already saved (key: ${plan.key})`);
    return { key: plan.key, status: 'skipped', message: 'already saved' };
  }
  if (job && prior?.restored === 'exact' && prior.job === job) {
    logger.info(`Cache save skipped: exact cache hit, content unchanged (key: ${plan.key})`);
    return { key: plan.key, status: 'skipped', message: 'exact cache hit' };
  }
  const result = await backendFor(plan).save({ key: plan.key, restoreKeys: plan.restoreKeys, paths: plan.paths, logger, env });
  switch (result.status) {
    case 'saved':
      logger.success(`Cache saved (key: ${plan.key})${result.size ? ` (${formatBytes(result.size)})` : ''}`);
      break;
    case 'exists':
      logger.info(`Cache already present remotely (key: ${plan.key}); entries are write-once`);
      break;
    case 'empty':
      logger.info(`Cache save skipped: ${result.message}`);
      break;
    case 'denied':
      logger.warn(`Cache not saved: ${result.message}`);
      break;
    default:
      logger.warn(`Cache not saved (key: ${plan.key}): ${result.message}`);
  }
  if (result.status === 'saved' || result.status === 'exists') await updateKeyState(plan.paths.root, plan.key, { saved: true, savedJob: job });
  return { key: plan.key, status: result.status, message: result.message };
}

/** Running in CI at all (auto lifecycle stays silent elsewhere). */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS === 'true' || /^(true|1)$/i.test(env.CI ?? '');
}

/** The auto lifecycle around one command: restore before, save after (also on SIGINT/SIGTERM). */
export class AutoCacheSession {
  private plan?: CachePlan;
  private saving?: Promise<void>;
  private readonly signalHandlers: [NodeJS.Signals, () => void][] = [];

  constructor(private readonly options: RunOptions & { config: () => LoadedConfig; overrides?: CacheOverrides }) {}

  /** Decide, and restore when asked. Never throws. */
  async before(): Promise<void> {
    const { logger, env } = this.options;
    let loaded: LoadedConfig;
    try {
      loaded = this.options.config();
    } catch (err) {
      // The command reports a broken atmos.yaml itself; no second message from here.
      logger.debug(`ci cache: configuration not loadable (${errorMessage(err)}); skipping the automatic cache`);
      return;
    }
    try {
      const cc = loaded.values.ci?.cache;
      if (!cc?.enabled || !cc.auto || cc.auto === 'off') return;
      if (!inCi(env)) {
        logger.debug('ci cache: not running in CI; skipping the automatic cache');
        return;
      }
      const plan = await resolveCachePlan(loaded, this.options.overrides, logger);
      if (plan.backend === 'github' && !hasActionsRuntime(env)) {
        logger.debug('ci cache: no GitHub Actions runtime token in this step; skipping the automatic cache (see actions/github-runtime)');
        return;
      }
      if (cc.auto === 'restore' || cc.auto === 'both') {
        try {
          await restore(plan, { logger, env });
        } catch (err) {
          logger.warn(`CI cache: automatic restore failed: ${errorMessage(err)}`);
        }
      }
      if (cc.auto === 'save' || cc.auto === 'both') {
        this.plan = plan;
        for (const sig of ['SIGINT', 'SIGTERM'] as const) {
          const handler = () => {
            void this.after().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
          };
          process.once(sig, handler);
          this.signalHandlers.push([sig, handler]);
        }
      }
    } catch (err) {
      logger.warn(`CI cache: automatic cache skipped: ${errorMessage(err)}`);
    }
  }

  /** Save once if a save is pending. Never throws. */
  after(): Promise<void> {
    for (const [sig, handler] of this.signalHandlers.splice(0)) process.removeListener(sig, handler);
    const plan = this.plan;
    if (!plan) return Promise.resolve();
    this.saving ??= save(plan, this.options).then(
      () => undefined,
      (err: unknown) => this.options.logger.warn(`CI cache: automatic save failed: ${errorMessage(err)}`),
    );
    return this.saving;
  }
}
