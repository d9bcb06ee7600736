import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { withFileLock } from '../../src/common/fileLock.js';
import { hostIdentity, processStartTime } from '../../src/common/process.js';
import { tempDir } from '../support/tmp.js';

/**
 * The cross-process lock (src/common/fileLock.ts) that install, the lock file, .tool-versions
 * and the registry cache proxy share: it records its holder and is taken over at once when
 * that holder is a dead process on this host, after the staleness window when it is on another.
 */
const dir = tempDir('atmos-lock-');
const holderChild = path.resolve(import.meta.dirname, '../support/lockHolder.ts');

function holdInChild(target: string, staleMs: number): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', holderChild], {
    env: { ...process.env, LOCK_TARGET: target, LOCK_STALE_MS: String(staleMs) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (d) => /locked/.test(String(d)) && resolve(proc));
    proc.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

function killed(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    proc.on('close', () => resolve());
    proc.kill('SIGKILL');
  });
}

/** A lock as another process left it: the directory with a holder record, its mtime now. */
function fakeLock(target: string, holder: Record<string, unknown>): string {
  const lockDir = `${target}.lock`;
  mkdirSync(lockDir, { recursive: true });
  writeFileSync(
    path.join(lockDir, 'holder.json'),
    JSON.stringify({ acquiredAt: new Date().toISOString(), startedAt: new Date().toISOString(), token: 'x', ...holder }),
  );
  return lockDir;
}

/** A pid that certainly belonged to a process that has exited (and been reaped). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('cross-process lock', { timeout: 60_000 }, () => {
  it('records pid, host and process start time while held, and removes the lock on release', async () => {
    const target = path.join(dir, 'record');
    await withFileLock(target, async () => {
      const holder = JSON.parse(readFileSync(path.join(`${target}.lock`, 'holder.json'), 'utf8'));
      assert.equal(holder.pid, process.pid);
      assert.equal(holder.hostname, hostIdentity().hostname);
      assert.equal(holder.startTime, processStartTime(process.pid));
      assert.ok(!Number.isNaN(Date.parse(holder.startedAt)));
    });
    assert.ok(!existsSync(`${target}.lock`));
  });

  it('a lock held by a live process is respected; once that process is killed -9 it is taken over at once', async () => {
    const target = path.join(dir, 'live');
    const child = await holdInChild(target, 300);
    let waitedFor = '';
    await assert.rejects(
      withFileLock(target, async () => assert.fail('took a live lock'), { staleMs: 300, timeoutMs: 1500, onWait: (h) => (waitedFor = h) }),
      (err: { code?: string; explanation?: string }) => err.code === 'LOCK_TIMEOUT' && err.explanation!.includes(`pid ${child.pid}`),
    );
    assert.match(waitedFor, new RegExp(`pid ${child.pid} on `));
    await killed(child);
    // A staleness window of a minute and a timeout of 5 s: only the dead-holder rule can get it.
    const start = Date.now();
    assert.equal(await withFileLock(target, async () => 'mine', { staleMs: 60_000, timeoutMs: 5000 }), 'mine');
    assert.ok(Date.now() - start < 3000, `took ${Date.now() - start} ms`);
  });

  it('a dead holder recorded on this host is taken over at once', async () => {
    const target = path.join(dir, 'dead');
    fakeLock(target, { pid: deadPid(), ...hostIdentity() });
    assert.equal(await withFileLock(target, async () => 'mine', { staleMs: 60_000, timeoutMs: 5000 }), 'mine');
  });

  it('a reused pid (alive, but another process start time) is not the holder', async () => {
    const target = path.join(dir, 'reused');
    // This very process stands in for whatever got the pid; the recorded start time is not ours.
    fakeLock(target, { pid: process.pid, ...hostIdentity(), startTime: '1' });
    assert.equal(await withFileLock(target, async () => 'mine', { staleMs: 60_000, timeoutMs: 5000 }), 'mine');
  });

  it('a holder on another host is waited for until the lock has not been refreshed for the staleness window', async () => {
    const target = path.join(dir, 'foreign');
    const lockDir = fakeLock(target, { pid: deadPid(), hostname: 'build-host-2.example' });
    // The other host keeps refreshing it for a while, then stops (it was killed).
    const refresher = setInterval(() => utimesSync(lockDir, new Date(), new Date()), 100);
    let stoppedAt = Infinity;
    setTimeout(() => {
      clearInterval(refresher);
      stoppedAt = statSync(lockDir).mtimeMs;
    }, 1000);
    let waitedFor = '';
    let tookAt = 0;
    await withFileLock(target, async () => void (tookAt = Date.now()), { staleMs: 700, timeoutMs: 10_000, onWait: (h) => (waitedFor = h) });
    // Not a speed check: the contract says not before 700 ms without a refresh (mtime is ms-exact here).
    assert.ok(tookAt - stoppedAt >= 700, `taken ${tookAt - stoppedAt} ms after the last refresh`);
    assert.match(waitedFor, /build-host-2\.example/);
  });

  it('the foreign lock is not taken before it is stale', async () => {
    const target = path.join(dir, 'foreign-fresh');
    const lockDir = fakeLock(target, { pid: deadPid(), hostname: 'build-host-2.example' });
    const refresher = setInterval(() => utimesSync(lockDir, new Date(), new Date()), 100);
    try {
      await assert.rejects(
        withFileLock(target, async () => assert.fail('took a fresh foreign lock'), { staleMs: 700, timeoutMs: 2000 }),
        { code: 'LOCK_TIMEOUT' },
      );
    } finally {
      clearInterval(refresher);
    }
  });

  it('many waiters taking over one dead lock still hold it one at a time', async () => {
    const target = path.join(dir, 'race');
    fakeLock(target, { pid: deadPid(), ...hostIdentity() });
    let active = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withFileLock(
          target,
          async () => {
            most = Math.max(most, ++active);
            await sleep(15);
            active--;
          },
          { staleMs: 60_000, timeoutMs: 20_000 },
        ),
      ),
    );
    assert.equal(most, 1);
    assert.ok(!existsSync(`${target}.lock`));
  });
});
