import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { makeCliConfigDir, sweepOrphanCliConfigDirs } from '../../src/mirror/cliConfigTemp.js';
import { tempDir } from '../support/tmp.js';

/** A pid that certainly belonged to a process that has exited (and been reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('the generated CLI config directory of a killed session', () => {
  test('is removed by the next session; live owners, our own and fresh old-style directories stay', async () => {
    const tmpRoot = tempDir();
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    try {
      const dead = path.join(tmpRoot, `atmos-ts-tfrc-${deadPid()}-abc123`);
      const alive = path.join(tmpRoot, `atmos-ts-tfrc-${live.pid}-def456`);
      const oldUnowned = path.join(tmpRoot, 'atmos-ts-tfrc-Zq12Ab');
      const freshUnowned = path.join(tmpRoot, 'atmos-ts-tfrc-Yx34Cd');
      const unrelated = path.join(tmpRoot, 'something-else-1');
      for (const dir of [dead, alive, oldUnowned, freshUnowned, unrelated]) {
        mkdirSync(dir);
        writeFileSync(path.join(dir, 'terraform.rc'), 'credentials "example.com" { token = "secret" }\n');
      }
      const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
      utimesSync(oldUnowned, twoDaysAgo, twoDaysAgo);
      const ours = makeCliConfigDir(tmpRoot);

      const removed = await sweepOrphanCliConfigDirs(tmpRoot);

      assert.deepEqual(removed.sort(), [dead, oldUnowned].sort());
      assert.ok(!existsSync(dead) && !existsSync(oldUnowned));
      for (const dir of [alive, freshUnowned, unrelated, ours]) assert.ok(existsSync(dir), `${path.basename(dir)} is kept`);
      assert.match(path.basename(ours), new RegExp(`^atmos-ts-tfrc-${process.pid}-`), 'our own directory names its owner');
    } finally {
      live.kill('SIGKILL');
    }
  });
});
