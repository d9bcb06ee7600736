import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { h1OfDir, h1OfZip, hash1, parseShasums, zipHash } from '../../src/mirror/hashes.js';
import { makeZip, sha256 } from '../support/terraformRegistry.js';
import { tempDir } from '../support/tmp.js';

// Test vectors from Terraform's own tests (protocol brief §5.3).
const PLACEHOLDER = '# This is just a placeholder file for discovery testing, not a real provider plugin.\n';
const H1_NULL = 'h1:qjsREM4DqEWECD43FcPqddZ9oxCG+IaMTxvWPciS05g=';
const H1_NULL_EXE = 'h1:kGhswZiaZEZCbem7JPB+GCzba57SfLtNV20LNIBP1CU=';

describe('provider hashes (h1: / zh:)', () => {
  const dir = tempDir();

  it("computes Terraform's h1: for the placeholder package directory", async () => {
    assert.equal(Buffer.byteLength(PLACEHOLDER), 85);
    assert.equal(sha256(PLACEHOLDER), '1c705b4eb296bde8abd99a75e9df466cbafcbc6e201ff77658787245f76f5343');
    const pkg = path.join(dir, 'linux_amd64');
    mkdirSync(pkg);
    writeFileSync(path.join(pkg, 'terraform-provider-null'), PLACEHOLDER);
    assert.equal(await h1OfDir(pkg), H1_NULL);
  });

  it('gives a different h1: when only the file name differs (.exe)', async () => {
    const pkg = path.join(dir, 'windows_amd64');
    mkdirSync(pkg);
    writeFileSync(path.join(pkg, 'terraform-provider-null.exe'), PLACEHOLDER);
    assert.equal(await h1OfDir(pkg), H1_NULL_EXE);
  });

  it('computes the same h1: from a zip of the package, and zh: as the sha256 of the zip bytes', async () => {
    const zip = await makeZip({ 'terraform-provider-null': PLACEHOLDER });
    const file = path.join(dir, 'terraform-provider-null_2.1.0_linux_amd64.zip');
    writeFileSync(file, zip);
    assert.equal(await h1OfZip(file), H1_NULL);
    assert.equal(await zipHash(file), `zh:${sha256(zip)}`);
  });

  it('hashes directory entries of a zip too (so a repacked zip changes h1:)', async () => {
    const zip = await makeZip({ 'terraform-provider-null': PLACEHOLDER, 'docs/': '' });
    const file = path.join(dir, 'withdir.zip');
    writeFileSync(file, zip);
    assert.notEqual(await h1OfZip(file), H1_NULL);
  });

  it('rejects a file that is not a zip', async () => {
    const file = path.join(dir, 'notazip.zip');
    writeFileSync(file, 'not a zip');
    await assert.rejects(h1OfZip(file), /zip: not a valid zip file/);
  });

  it('sorts names byte-wise like Go, not by UTF-16 code units', () => {
    const a = hash1([
      { name: 'Z', sha256: '0'.repeat(64) },
      { name: 'a', sha256: '1'.repeat(64) },
      { name: '\u{1F600}', sha256: '2'.repeat(64) },
      { name: '\uFF21', sha256: '3'.repeat(64) },
    ]);
    const b = hash1([
      { name: '\uFF21', sha256: '3'.repeat(64) },
      { name: '\u{1F600}', sha256: '2'.repeat(64) },
      { name: 'a', sha256: '1'.repeat(64) },
      { name: 'Z', sha256: '0'.repeat(64) },
    ]);
    assert.equal(a, b);
    assert.throws(() => hash1([{ name: 'a\nb', sha256: '0'.repeat(64) }]), /newline/);
  });

  it('parses SHA256SUMS lines', () => {
    const m = parseShasums(`${'A'.repeat(64)}  terraform-provider-x_1.0.0_linux_amd64.zip\n${'b'.repeat(64)} *other.zip\nbroken line\n`);
    assert.equal(m.get('terraform-provider-x_1.0.0_linux_amd64.zip'), 'a'.repeat(64));
    assert.equal(m.get('other.zip'), 'b'.repeat(64));
    assert.equal(m.size, 2);
  });
});
