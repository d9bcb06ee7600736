import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from '../../common/process.js';

/** The one liveness check (src/common), re-exported for the action's callers. */
export { isAlive };

/** Poll until `test` returns a value or the deadline passes. */
export async function waitFor<T>(test: () => Promise<T | undefined> | T | undefined, timeoutMs: number, intervalMs = 50): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await test();
    if (v !== undefined) return v;
    if (Date.now() >= deadline) return undefined;
    await sleep(intervalMs);
  }
}

/**
 * Graceful stop: SIGTERM (the proxy finishes in-flight fills and logs its report), then
 * SIGKILL after `graceMs`. Returns how it ended.
 */
export async function stopProcess(pid: number, graceMs: number): Promise<'not-running' | 'stopped' | 'killed'> {
  if (!isAlive(pid)) return 'not-running';
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return 'not-running';
  }
  if (await waitFor(() => (isAlive(pid) ? undefined : true), graceMs)) return 'stopped';
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* exited meanwhile */
  }
  await waitFor(() => (isAlive(pid) ? undefined : true), 2000);
  return 'killed';
}
