import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readTarZst, entryBuffer, writeTarZst } from '../../src/bundle/archive.js';
import { tempDir } from '../support/tmp.js';

/**
 * The bundle writer: zstd writes the output file itself, so the checks that run while the tar
 * stream is produced (size, the sha256 a lock file promised) must still leave no bundle and no
 * temp file behind when they fail, and a good write must read back byte for byte.
 */
const dir = tempDir('atmos-ts-bundle-archive-');
const big = randomBytes(3 * 1024 * 1024);
const file = path.join(dir, 'tool.zip');
writeFileSync(file, big);
const sha256 = createHash('sha256').update(big).digest('hex');

test('a streamed object with its promised sha256 is packed and reads back identical', async () => {
  const out = path.join(dir, 'good.tar.zst');
  await writeTarZst(out, [
    { name: 'manifest.json', data: Buffer.from('{}'), size: 2 },
    { name: 'objects/tool.zip', file, size: big.length, sha256 },
  ]);
  const got = new Map<string, Buffer>();
  await readTarZst(out, async (e) => void got.set(e.path, await entryBuffer(e)));
  assert.deepEqual([...got.keys()], ['manifest.json', 'objects/tool.zip']);
  assert.ok(got.get('objects/tool.zip')!.equals(big));
});

test('a streamed object whose bytes are not the promised sha256: CHECKSUM_MISMATCH, no bundle, no temp file', async () => {
  const out = path.join(dir, 'bad.tar.zst');
  await assert.rejects(
    writeTarZst(out, [{ name: 'objects/tool.zip', file, size: big.length, sha256: '0'.repeat(64) }]),
    (e: Error & { code?: string }) => e.code === 'CHECKSUM_MISMATCH',
  );
  assert.deepEqual(
    readdirSync(dir).filter((n) => n.includes('bad.tar.zst')),
    [],
  );
});
