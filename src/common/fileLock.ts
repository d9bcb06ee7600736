import { promises as fs } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { AtmosError } from './errors.js';

export interface FileLockOptions {
  /** Give up after this long (default 10 minutes: a big download can hold a lock that long). */
  timeoutMs?: number;
  /** A lock not refreshed for this long is considered abandoned (a killed process). */
  staleMs?: number;
  /** Called once when the lock is busy, so the caller can say it is waiting. */
  onWait?: () => void;
}

/**
 * Run `fn` holding an exclusive cross-process lock named after `target`
 * (`<target>.lock`, a directory — mkdir is atomic on Linux, macOS and Windows).
 * A holder that dies (kill -9) stops refreshing the lock, so it goes stale and
 * the next process takes it over.
 */
export async function withFileLock<T>(target: string, fn: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const lockPath = `${target}.lock`;
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const staleMs = options.staleMs ?? 15_000;
  const deadline = Date.now() + timeoutMs;
  let warned = false;
  let release: (() => Promise<void>) | undefined;
  for (;;) {
    try {
      release = await lockfile.lock(target, {
        lockfilePath: lockPath,
        realpath: false,
        stale: staleMs,
        update: Math.max(1000, Math.floor(staleMs / 3)),
        retries: 0,
        onCompromised: () => {
          /* Another process took over a lock we held too long; our write is still atomic. */
        },
      });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
      if (!warned) {
        warned = true;
        options.onWait?.();
      }
      if (Date.now() > deadline) {
        throw new AtmosError(`timed out waiting for lock ${lockPath}`, {
          code: 'LOCK_TIMEOUT',
          explanation: 'Another atmos-ts process holds this lock and did not release it in time.',
          hint: `If no other atmos-ts process is running, remove ${lockPath} and retry.`,
        });
      }
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => {});
  }
}
