import assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { archiveFormat, extractAsset, type ArchiveFormat } from '../../src/common/extract.js';
import { gz, tarBuffer, tarBz2, tarGz, tarXz, zipBuffer, type ArchiveEntry } from '../support/archives.js';
import { tempDir } from '../support/tmp.js';
import { startHarness } from '../support/toolchainHarness.js';
import { tflint } from '../support/realTools.js';

const work = tempDir('atmos-extract-');
const h = await startHarness();
let n = 0;

async function unpack(format: ArchiveFormat, body: Buffer, name = `asset-${n}`): Promise<string> {
  const file = path.join(work, `a${n}`);
  const dest = path.join(work, `out${n++}`);
  writeFileSync(file, body);
  await extractAsset(file, format, dest, name);
  return dest;
}

const tree: ArchiveEntry[] = [
  { name: 'dir/', type: 'dir' },
  { name: 'dir/tool', body: 'bin', mode: 0o755 },
  { name: 'dir/doc.txt', body: 'doc', mode: 0o644 },
  { name: 'dir/link', type: 'symlink', linkname: 'tool' },
];

describe('archive formats', () => {
  it('infers the format from the asset name when the registry leaves it empty', () => {
    assert.equal(archiveFormat('', 'x_1.0_linux_amd64.tar.gz'), 'tar.gz');
    assert.equal(archiveFormat('', 'x.tgz'), 'tar.gz');
    assert.equal(archiveFormat('', 'x.tar.xz'), 'tar.xz');
    assert.equal(archiveFormat('', 'x.tbz'), 'tar.bz2');
    assert.equal(archiveFormat('', 'x.zip'), 'zip');
    assert.equal(archiveFormat('', 'x.gz'), 'gz');
    assert.equal(archiveFormat('', 'jq-linux-amd64'), 'raw');
    assert.equal(archiveFormat('tgz', 'whatever'), 'tar.gz');
    assert.throws(() => archiveFormat('dmg', 'x.dmg'), { code: 'UNSUPPORTED_FORMAT' });
  });

  for (const [format, build] of [
    ['tar', tarBuffer],
    ['tar.gz', tarGz],
    ['tar.xz', tarXz],
    ['tar.bz2', tarBz2],
  ] as const) {
    it(`unpacks ${format} keeping exec bits and internal symlinks`, async () => {
      const out = await unpack(format, build(tree));
      assert.equal(readFileSync(path.join(out, 'dir/tool'), 'utf8'), 'bin');
      assert.equal(statSync(path.join(out, 'dir/tool')).mode & 0o111, 0o111);
      assert.equal(statSync(path.join(out, 'dir/doc.txt')).mode & 0o111, 0);
      assert.equal(readlinkSync(path.join(out, 'dir/link')), 'tool');
    });
  }

  it('unpacks zip keeping exec bits and internal symlinks', async () => {
    const out = await unpack('zip', await zipBuffer(tree));
    assert.equal(readFileSync(path.join(out, 'dir/tool'), 'utf8'), 'bin');
    assert.equal(statSync(path.join(out, 'dir/tool')).mode & 0o111, 0o111);
    assert.ok(lstatSync(path.join(out, 'dir/link')).isSymbolicLink());
  });

  it('gunzips a .gz asset to its name without .gz, and copies a raw asset', async () => {
    const g = await unpack('gz', gz('hello'), 'tool_linux_amd64.gz');
    assert.equal(readFileSync(path.join(g, 'tool_linux_amd64'), 'utf8'), 'hello');
    const r = await unpack('raw', Buffer.from('raw!'), 'jq-linux-amd64');
    assert.equal(readFileSync(path.join(r, 'jq-linux-amd64'), 'utf8'), 'raw!');
  });
});

describe('xz and bzip2: the system decoder when on PATH, the bundled one otherwise', () => {
  const realPath = process.env.PATH ?? '';
  /** A PATH whose `xz`/`bzip2` log each use to `log` and run the real binary. */
  function loggingDecoders(): { path: string; log: string } {
    const dir = path.join(work, `decoders-${n++}`);
    mkdirSync(dir);
    const log = path.join(dir, 'used.log');
    for (const name of ['xz', 'bzip2']) {
      const real = realPath
        .split(path.delimiter)
        .map((d) => path.join(d, name))
        .find((f) => existsSync(f));
      assert.ok(real, `${name} must be installed for this test (.ci/run installs xz-utils and bzip2)`);
      writeFileSync(path.join(dir, name), `#!/bin/sh\necho ${name} >> '${log}'\nexec '${real}' "$@"\n`);
      chmodSync(path.join(dir, name), 0o755);
    }
    return { path: `${dir}${path.delimiter}${realPath}`, log };
  }
  const used = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);

  for (const [format, build] of [
    ['tar.xz', tarXz],
    ['tar.bz2', tarBz2],
  ] as const) {
    for (const builtin of [false, true]) {
      const how = builtin ? 'the bundled decoder (ATMOS_TS_BUILTIN_DECOMPRESS=1)' : 'the system decoder';
      it(`${format} through ${how}: unpacks, and fails a truncated archive`, async (t) => {
        // Built before PATH changes: the fixture builders run xz/bzip2 themselves.
        const body = build([{ name: 'tool', body: 'x'.repeat(300_000) + 'end', mode: 0o755 }]);
        const { path: pathWithLog, log } = loggingDecoders();
        const saved = { PATH: process.env.PATH, builtin: process.env.ATMOS_TS_BUILTIN_DECOMPRESS };
        process.env.PATH = pathWithLog;
        if (builtin) process.env.ATMOS_TS_BUILTIN_DECOMPRESS = '1';
        t.after(() => {
          process.env.PATH = saved.PATH;
          if (saved.builtin === undefined) delete process.env.ATMOS_TS_BUILTIN_DECOMPRESS;
          else process.env.ATMOS_TS_BUILTIN_DECOMPRESS = saved.builtin;
        });
        const out = await unpack(format, body);
        assert.equal(readFileSync(path.join(out, 'tool'), 'utf8').slice(-3), 'end');
        assert.deepEqual(used(log), builtin ? [] : [format === 'tar.xz' ? 'xz' : 'bzip2']);
        // Cut inside the compressed stream: the decoder fails midway, and so must the unpack.
        await assert.rejects(unpack(format, body.subarray(0, Math.floor(body.length / 2))), { code: 'EXTRACT_FAILED' });
        // Cut only the stream's trailer (integrity check / end marker): every tar byte came out,
        // so only the decoder's exit status tells that the archive is damaged.
        await assert.rejects(unpack(format, body.subarray(0, body.length - 4)), { code: 'EXTRACT_FAILED' });
      });
    }
  }
});

describe('archive escapes are rejected', () => {
  const hostile: [string, ArchiveEntry[]][] = [
    [
      'a ".." path',
      [
        { name: 'ok', body: 'x' },
        { name: '../escaped', body: 'pwned' },
      ],
    ],
    ['a nested ".." path', [{ name: 'a/../../escaped', body: 'pwned' }]],
    ['an absolute path', [{ name: '/tmp/atmos-escaped', body: 'pwned' }]],
    ['a symlink pointing out', [{ name: 'evil', type: 'symlink', linkname: '../../../../etc/passwd' }]],
    ['an absolute symlink', [{ name: 'evil', type: 'symlink', linkname: '/etc/passwd' }]],
  ];
  for (const [what, entries] of hostile) {
    it(`tar with ${what}`, async () => {
      await assert.rejects(unpack('tar.gz', tarGz(entries)), { code: 'ARCHIVE_ESCAPE' });
      assert.ok(!existsSync(path.join(work, 'escaped')));
    });
    it(`zip with ${what}`, async () => {
      await assert.rejects(unpack('zip', await zipBuffer(entries)), { code: 'ARCHIVE_ESCAPE' });
      assert.ok(!existsSync(path.join(work, 'escaped')));
    });
  }
  it('tar with a hard link pointing out', async () => {
    await assert.rejects(unpack('tar', tarBuffer([{ name: 'evil', type: 'hardlink', linkname: '../../etc/passwd' }])), { code: 'ARCHIVE_ESCAPE' });
  });

  it('an install of a hostile archive installs nothing', async () => {
    await tflint.publish(h.up, '6.6.6');
    const evil = await zipBuffer([
      { name: 'tflint', body: 'x' },
      { name: '../../../escaped', body: 'pwned' },
    ]);
    h.up.addRelease('terraform-linters', 'tflint', 'v6.6.6', { 'tflint_linux_amd64.zip': evil }, { digests: false });
    const tc = await h.toolchain({ toolchainConfig: { verification: { checksums: 'disabled' } } });
    const [o] = await tc.install([{ tool: 'tflint', version: '6.6.6' }]);
    assert.equal(o.status, 'failed');
    assert.equal(o.error?.code, 'ARCHIVE_ESCAPE');
    assert.ok(!existsSync(path.join(tc.installRoot, 'bin/terraform-linters/tflint/6.6.6')));
    assert.ok(!existsSync(path.join(tc.installRoot, 'escaped')));
  });
});
