import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Is a process with this pid alive (ESRCH = gone; EPERM = alive but not ours)? An exited
 * but unreaped process (zombie: its parent, the finished main step, is gone and PID 1 has
 * not reaped it yet) still answers signal 0, so Linux's /proc state is checked too.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // Format: "pid (comm) S …"; comm may contain spaces and parentheses, the state follows the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

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
