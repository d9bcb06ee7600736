import { readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';

/**
 * Is a process with this pid alive (ESRCH = gone; EPERM = alive but not ours)? An exited
 * but unreaped process (a zombie: its parent is gone and PID 1 has not reaped it yet, or its
 * parent has not waited for it) still answers signal 0, so Linux's /proc state is checked too.
 */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  return procStat(pid)?.state !== 'Z';
}

/**
 * When the kernel started this process, as an opaque token (Linux: `starttime`, clock ticks
 * since boot, from /proc/<pid>/stat); undefined where it cannot be read cheaply. Two reads
 * that differ for the same pid mean the pid was reused by another process.
 */
export function processStartTime(pid: number): string | undefined {
  return procStat(pid)?.startTime;
}

/**
 * Which machine and pid namespace pids are meaningful in. Two containers can share a hostname
 * and a cache volume while their pids mean different processes: the pid namespace tells them apart.
 */
export function hostIdentity(): { hostname: string; pidNamespace?: string } {
  let pidNamespace: string | undefined;
  try {
    pidNamespace = readlinkSync('/proc/self/ns/pid');
  } catch {
    /* not Linux */
  }
  return { hostname: os.hostname(), ...(pidNamespace ? { pidNamespace } : {}) };
}

function procStat(pid: number): { state: string; startTime: string } | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    // Format: "pid (comm) S …"; comm may hold spaces and parentheses, so fields are counted
    // after the last ")": state is field 3, starttime field 22.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], startTime: fields[19] };
  } catch {
    return undefined;
  }
}
