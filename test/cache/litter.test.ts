import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DirCacheBackend } from '../../src/cache/backends/dir.js';
import { tempDir } from '../support/tmp.js';
import { makeCacheRoot, makeRepo, runCli } from '../support/cacheCli.js';

const noCi = { GITHUB_ACTIONS: undefined, CI: undefined, GITHUB_RUN_ID: undefined, ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined };
const TWO_HOURS_AGO = new Date(Date.now() - 2 * 3600_000);

function file(p: string, old: boolean): string {
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, 'partial');
  if (old) utimesSync(p, TWO_HOURS_AGO, TWO_HOURS_AGO);
  return p;
}

/** A shared dir holding one complete entry plus what killed saves leave behind (old and fresh). */
async function sharedWithLitter(work: string) {
  const shared = path.join(work, 'shared');
  const repo = makeRepo(path.join(work, 'repo'), `backend: dir\ndir: ${shared}`);
  const cfg = ['--config', path.join(repo, 'atmos.yaml'), 'ci', 'cache'];
  const source = path.join(work, 'source');
  makeCacheRoot(source);
  assert.equal((await runCli([...cfg, 'save', '--root', source, '--key', 'kept'], noCi)).code, 0);
  const [entry] = await new DirCacheBackend(shared).entries();
  // A complete entry's archive is old too: age alone must never remove it.
  utimesSync(path.join(shared, entry.archive), TWO_HOURS_AGO, TWO_HOURS_AGO);
  const litter = {
    oldTemp: file(path.join(shared, '.tmp-k--0123456789ab.1700000000000-deadbeef.tar.zst'), true),
    oldTempMeta: file(path.join(shared, '.tmp-k--0123456789ab.1700000000000-deadbeef.tar.zst.json'), true),
    oldOrphan: file(path.join(shared, 'k--0123456789ab.1700000000000-cafebabe.tar.zst'), true),
    freshTemp: file(path.join(shared, '.tmp-k--0123456789ab.1800000000000-feedface.tar.zst'), false),
    freshOrphan: file(path.join(shared, 'k--0123456789ab.1800000000000-0badf00d.tar.zst'), false),
  };
  return { shared, cfg, source, entry, litter };
}

function assertCleaned(shared: string, archive: string, litter: Record<string, string>): void {
  assert.ok(!existsSync(litter.oldTemp), 'old temp archive removed');
  assert.ok(!existsSync(litter.oldTempMeta), 'old temp metadata removed');
  assert.ok(!existsSync(litter.oldOrphan), 'old archive without metadata removed');
  assert.ok(existsSync(litter.freshTemp), 'a fresh temp file is kept (its save may still be running)');
  assert.ok(existsSync(litter.freshOrphan), 'a fresh archive without metadata is kept');
  assert.ok(existsSync(path.join(shared, archive)), 'the complete entry is kept');
}

describe('no litter from killed saves and restores', () => {
  it('the next dir save removes temp files older than an hour and keeps fresh ones', async () => {
    const work = tempDir('atmos-ts-cache-litter-');
    const { shared, cfg, source, entry, litter } = await sharedWithLitter(work);
    const res = await runCli([...cfg, 'save', '--root', source, '--key', 'another'], noCi);
    assert.equal(res.code, 0, res.stderr);
    assertCleaned(shared, entry.archive, litter);
  });

  it('the next dir restore does the same', async () => {
    const work = tempDir('atmos-ts-cache-litter-');
    const { shared, cfg, entry, litter } = await sharedWithLitter(work);
    const res = await runCli([...cfg, 'restore', '--root', path.join(work, 'fresh'), '--key', 'kept'], noCi);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /Cache restored \(exact match: kept\)/);
    assertCleaned(shared, entry.archive, litter);
  });

  it('staged files of killed restores: removed at once when their process is gone, after an hour when on another host', async () => {
    const work = tempDir('atmos-ts-cache-litter-');
    const { cfg } = await sharedWithLitter(work);
    const root = path.join(work, 'root');
    const staging = path.join(root, '.atmos-ts', 'restore');
    const host = os.hostname().replace(/[^A-Za-z0-9-]/g, '_');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const deadHere = file(path.join(staging, `${gone}.${host}.aaaa`, 'big/blob.bin'), false);
    const aliveHere = file(path.join(staging, `${process.pid}.${host}.bbbb`, 'big/blob.bin'), false);
    const otherHostOld = path.join(staging, '12345.elsewhere.cccc');
    file(path.join(otherHostOld, 'x'), true);
    utimesSync(otherHostOld, TWO_HOURS_AGO, TWO_HOURS_AGO);
    const otherHostFresh = file(path.join(staging, '12345.elsewhere.dddd', 'x'), false);

    const res = await runCli([...cfg, 'save', '--root', root, '--key', 'from-root'], noCi);
    assert.equal(res.code, 0, res.stderr);
    assert.ok(!existsSync(path.dirname(path.dirname(deadHere))), 'a dead process on this host: removed');
    assert.ok(!existsSync(otherHostOld), 'another host, older than an hour: removed');
    assert.ok(existsSync(aliveHere), 'a live restore is left alone');
    assert.ok(existsSync(otherHostFresh), 'another host, recent: kept (it may still be running)');
    assert.deepEqual(readdirSync(staging).sort(), [`${process.pid}.${host}.bbbb`, '12345.elsewhere.dddd'].sort());
  });
});
