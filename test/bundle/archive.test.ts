import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readTarZst, entryBuffer, scanTarZst, writeTarZst } from '../../src/bundle/archive.js';
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

/** Every entry of a `.tar.zst` through the bundle's own reader: path → bytes. */
async function scanAll(file: string): Promise<Map<string, Buffer>> {
  const got = new Map<string, Buffer>();
  await scanTarZst(file, (head) => {
    const chunks: Buffer[] = [];
    return { data: (c) => chunks.push(Buffer.from(c)), end: () => void got.set(head.path, Buffer.concat(chunks)) };
  });
  return got;
}

test('the reader: long paths (pax), empty and tiny entries read back exactly, also from a bundle of a few bytes', async () => {
  const long = `objects/registry/${'d'.repeat(120)}/${'f'.repeat(110)}.json`;
  const out = path.join(dir, 'paths.tar.zst');
  await writeTarZst(out, [
    { name: 'manifest.json', data: Buffer.from('{}'), size: 2 },
    { name: long, data: Buffer.from('long'), size: 4 },
    { name: 'objects/empty', data: Buffer.alloc(0), size: 0 },
    { name: 'objects/tool.zip', file, size: big.length, sha256 },
  ]);
  const got = await scanAll(out);
  assert.deepEqual([...got.keys()], ['manifest.json', long, 'objects/empty', 'objects/tool.zip']);
  assert.equal(got.get(long)!.toString(), 'long');
  assert.equal(got.get('objects/empty')!.length, 0);
  assert.ok(got.get('objects/tool.zip')!.equals(big));
  // zstd is done with a bundle this small before the reader's setup returns: the end must still be seen.
  const tiny = path.join(dir, 'tiny.tar.zst');
  await writeTarZst(tiny, [{ name: 'manifest.json', data: Buffer.from('{}'), size: 2 }]);
  for (let i = 0; i < 5; i++) assert.deepEqual([...(await scanAll(tiny)).keys()], ['manifest.json']);
});

test('the reader: a damaged header checksum or a bundle cut short is BUNDLE_CORRUPT', async () => {
  const good = path.join(dir, 'whole.tar.zst');
  await writeTarZst(good, [
    { name: 'manifest.json', data: Buffer.from('{}'), size: 2 },
    { name: 'objects/tool.zip', file, size: big.length, sha256 },
  ]);
  const tar = execFileSync('zstd', ['-q', '-d', '-c', good], { maxBuffer: 64 * 1024 * 1024 });
  const recompress = (bytes: Buffer, name: string) => {
    const raw = path.join(dir, `${name}.tar`);
    writeFileSync(raw, bytes);
    execFileSync('zstd', ['-q', '-f', raw, '-o', path.join(dir, `${name}.tar.zst`)]);
    return path.join(dir, `${name}.tar.zst`);
  };
  const flipped = Buffer.from(tar);
  // A byte of the second header's name: its checksum no longer matches.
  flipped[1024 + 10] ^= 0x01;
  const isCorrupt = (e: Error & { code?: string }) => e.code === 'BUNDLE_CORRUPT';
  await assert.rejects(scanAll(recompress(flipped, 'flipped')), isCorrupt);
  await assert.rejects(scanAll(recompress(tar.subarray(0, 1024 + 512 + 1000), 'cut')), isCorrupt);
  await assert.rejects(scanAll(recompress(tar.subarray(0, tar.length - 1024), 'no-end')), isCorrupt);
});
