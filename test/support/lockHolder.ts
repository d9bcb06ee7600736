/**
 * Child process for lock tests: takes the cross-process lock on LOCK_TARGET, prints
 * "locked <pid>" and holds it until killed (refreshing it every LOCK_STALE_MS / 3).
 */
import { withFileLock } from '../../src/common/fileLock.js';

await withFileLock(
  process.env.LOCK_TARGET!,
  async () => {
    process.stdout.write(`locked ${process.pid}\n`);
    await new Promise<void>(() => setInterval(() => {}, 1000));
  },
  { staleMs: Number(process.env.LOCK_STALE_MS ?? 15_000) },
);
