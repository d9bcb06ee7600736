import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AtmosError } from './errors.js';
import { hostIdentity, isAlive, processStartTime } from './process.js';

export interface FileLockOptions {
  /** Give up after this long (default 10 minutes: a big download can hold a lock that long). */
  timeoutMs?: number;
  /**
   * A lock whose holder cannot be checked (another host, or no holder record) and that has not
   * been refreshed for this long is considered abandoned. Default 15 s.
   */
  staleMs?: number;
  /** Called once when the lock is busy, with who holds it, so the caller can say it is waiting. */
  onWait?: (holder: string) => void;
}

/** Who holds a lock: `<target>.lock/holder.json`, written when the lock is taken. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** Linux pid namespace: containers sharing a hostname and a volume have different ones. */
  pidNamespace?: string;
  /** Kernel start time of the holder process (Linux), so a reused pid is not taken for the holder. */
  startTime?: string;
  /** Wall-clock start of the holder process, for people reading the file. */
  startedAt: string;
  acquiredAt: string;
  /** Random per acquisition: a release removes the lock only while it is still its own. */
  token: string;
}

const HOLDER_FILE = 'holder.json';
/** A takeover guard is held for a few file operations; older than this, its taker died. */
const GUARD_STALE_MS = 2000;

/**
 * Run `fn` holding an exclusive cross-process lock named after `target`: the directory
 * `<target>.lock` (mkdir is atomic on Linux, macOS and Windows) holding `holder.json` (pid,
 * host, process start time). The holder refreshes the directory's mtime while it runs.
 *
 * A waiter takes the lock over:
 *  - at once when the holder ran on this host (same hostname and pid namespace) and its process
 *    is gone — no such pid, a zombie, or a pid now used by a process with another start time;
 *  - when the holder is on another host (a shared NFS cache), or left no record, only once the
 *    lock has not been refreshed for `staleMs`;
 *  - never while the holder is a live process on this host whose start time matches.
 */
export async function withFileLock<T>(target: string, fn: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const lockDir = `${target}.lock`;
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
  // Callers in this process queue on a promise: the next one starts the moment the previous
  // one releases, instead of sleep-polling the directory. Other processes still poll.
  const key = path.resolve(lockDir);
  const previous = inProcessQueue.get(key);
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  const tail = (previous ?? Promise.resolve()).then(() => mine);
  inProcessQueue.set(key, tail);
  try {
    if (previous) await waitUntil(previous, deadline);
    return await withFileLockHeld(lockDir, fn, options, deadline);
  } finally {
    done();
    if (inProcessQueue.get(key) === tail) inProcessQueue.delete(key);
  }
}

/** Counters that let tests prove callers in one process never sleep-poll for each other. */
export const fileLockStats = { polls: 0 };

/** The tail of each lock's in-process queue (absolute lock directory → settles when the last caller is done). */
const inProcessQueue = new Map<string, Promise<void>>();

/** Wait for `p`, but not past `deadline`: then the caller goes on to poll, and times out with the usual message. */
async function waitUntil(p: Promise<void>, deadline: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))))]);
  clearTimeout(timer);
}

async function withFileLockHeld<T>(lockDir: string, fn: () => Promise<T>, options: FileLockOptions, deadline: number): Promise<T> {
  const staleMs = options.staleMs ?? 15_000;
  let warned = false;
  let held: HeldLock | undefined;
  while (!(held = await tryCreate(lockDir, staleMs))) {
    const verdict = await judge(lockDir, staleMs);
    if (verdict.kind === 'gone') continue;
    if (verdict.kind === 'take-over') {
      await takeOver(lockDir, staleMs);
      continue;
    }
    if (!warned) {
      warned = true;
      options.onWait?.(describeHolder(verdict.holder));
    }
    if (Date.now() > deadline) {
      throw new AtmosError(`timed out waiting for lock ${lockDir}`, {
        code: 'LOCK_TIMEOUT',
        explanation: `Another atmos-ts process holds this lock (${describeHolder(verdict.holder)}) and did not release it in time.`,
        hint: `If that process is not running any more, remove ${lockDir} and retry.`,
      });
    }
    fileLockStats.polls++;
    await sleep(50 + Math.random() * 100);
  }
  try {
    return await fn();
  } finally {
    await held.release();
  }
}

interface HeldLock {
  release(): Promise<void>;
}

type Verdict = { kind: 'gone' } | { kind: 'wait' | 'take-over'; holder?: LockHolder };

/** mkdir the lock and record ourselves in it; undefined when someone else holds it. */
async function tryCreate(lockDir: string, staleMs: number): Promise<HeldLock | undefined> {
  try {
    await fs.mkdir(lockDir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return undefined;
    if (code !== 'ENOENT') throw err;
    // The parent is missing (first use, or pruned by a cleanup meanwhile).
    await fs.mkdir(path.dirname(lockDir), { recursive: true });
    return tryCreate(lockDir, staleMs);
  }
  const holder = ownRecord();
  try {
    // Temp + rename inside the lock: a reader sees no record or a whole one.
    const tmp = path.join(lockDir, `.${HOLDER_FILE}.${holder.token}`);
    await fs.writeFile(tmp, JSON.stringify(holder, null, 2));
    await fs.rename(tmp, path.join(lockDir, HOLDER_FILE));
  } catch (err) {
    await fs.rm(lockDir, { recursive: true, force: true });
    throw err;
  }
  // Refresh well within the staleness window, for waiters that can only judge by age.
  const every = Math.min(5000, Math.max(100, Math.floor(staleMs / 3)));
  const timer = setInterval(() => {
    const now = new Date();
    fs.utimes(lockDir, now, now).catch(() => clearInterval(timer));
  }, every);
  timer.unref();
  return {
    async release() {
      clearInterval(timer);
      // Taken over meanwhile (we looked dead or stale to someone): the lock is theirs now.
      if ((await readHolder(lockDir))?.token !== holder.token) return;
      await fs.rm(lockDir, { recursive: true, force: true });
    },
  };
}

async function judge(lockDir: string, staleMs: number): Promise<Verdict> {
  let mtimeMs: number;
  try {
    mtimeMs = (await fs.stat(lockDir)).mtimeMs;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
    throw err;
  }
  const holder = await readHolder(lockDir);
  if (holder && onThisHost(holder)) {
    const life = liveness(holder);
    if (life === 'gone') return { kind: 'take-over', holder };
    if (life === 'alive') return { kind: 'wait', holder };
  }
  return { kind: Date.now() - mtimeMs > staleMs ? 'take-over' : 'wait', holder };
}

/**
 * Remove an abandoned lock. Takeovers are serialised by a guard (a small lock of its own)
 * and the verdict is re-checked under it: without that, two waiters that both saw the dead
 * holder could each remove the lock — the second one removing the first one's fresh lock.
 */
async function takeOver(lockDir: string, staleMs: number): Promise<void> {
  const guardDir = path.join(path.dirname(lockDir), `.${path.basename(lockDir)}.takeover`);
  const guard = await tryCreate(guardDir, GUARD_STALE_MS);
  if (!guard) {
    // A guard whose taker died (double fault) would block every takeover; it is tiny, so just remove it.
    if ((await judge(guardDir, GUARD_STALE_MS)).kind === 'take-over') await fs.rm(guardDir, { recursive: true, force: true });
    else await sleep(10);
    return;
  }
  try {
    if ((await judge(lockDir, staleMs)).kind === 'take-over') await fs.rm(lockDir, { recursive: true, force: true });
  } finally {
    await guard.release();
  }
}

function ownRecord(): LockHolder {
  const startTime = processStartTime(process.pid);
  return {
    pid: process.pid,
    ...hostIdentity(),
    ...(startTime ? { startTime } : {}),
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    acquiredAt: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
}

async function readHolder(lockDir: string): Promise<LockHolder | undefined> {
  try {
    const h = JSON.parse(await fs.readFile(path.join(lockDir, HOLDER_FILE), 'utf8')) as LockHolder;
    return Number.isInteger(h.pid) && typeof h.hostname === 'string' ? h : undefined;
  } catch {
    return undefined;
  }
}

function onThisHost(h: LockHolder): boolean {
  const me = hostIdentity();
  return h.hostname === me.hostname && h.pidNamespace === me.pidNamespace;
}

/** 'alive-unverified': the pid answers but its start time cannot be compared (not Linux). */
function liveness(h: LockHolder): 'gone' | 'alive' | 'alive-unverified' {
  if (!isAlive(h.pid)) return 'gone';
  const now = processStartTime(h.pid);
  if (h.startTime === undefined || now === undefined) return 'alive-unverified';
  return now === h.startTime ? 'alive' : 'gone';
}

function describeHolder(h: LockHolder | undefined): string {
  return h ? `pid ${h.pid} on ${h.hostname}, since ${h.acquiredAt}` : 'holder not recorded';
}
