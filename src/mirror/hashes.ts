/**
 * Terraform's provider package hashes (protocol brief §5):
 * - `zh:` = hex SHA-256 of the zip bytes (the registry `shasum`, the SHA256SUMS line);
 * - `h1:` = Go dirhash Hash1 over the files inside the package (zip entries or a directory).
 */

import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AtmosError } from '../common/errors.js';

/** `h1:` from (name, sha256-hex) pairs: sorted byte-wise like Go's sort.Strings. */
export function hash1(files: { name: string; sha256: string }[]): string {
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const outer = createHash('sha256');
  for (const f of sorted) {
    if (f.name.includes('\n')) throw new AtmosError(`dirhash: filename with newline: ${JSON.stringify(f.name)}`, { code: 'BAD_FILENAME' });
    outer.update(`${f.sha256}  ${f.name}\n`);
  }
  return `h1:${outer.digest('base64')}`;
}

export async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256');
  await pipeline(createReadStream(file), h);
  return h.digest('hex');
}

export async function zipHash(file: string): Promise<string> {
  return `zh:${await sha256File(file)}`;
}

/** `h1:` of a zip: every central-directory entry, directories included (empty content). */
export async function h1OfZip(file: string): Promise<string> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: true }, (err, z) => (err ? reject(wrapZipError(err)) : resolve(z))),
  );
  const files: { name: string; sha256: string }[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (err: Error) => reject(wrapZipError(err)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(wrapZipError(err));
          const h = createHash('sha256');
          stream.on('error', reject);
          stream.on('data', (c: Buffer) => h.update(c));
          stream.on('end', () => {
            files.push({ name: entry.fileName, sha256: h.digest('hex') });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return hash1(files);
}

/** `h1:` of an unpacked package directory: regular files only, `/`-separated relative names. */
export async function h1OfDir(dir: string): Promise<string> {
  const files: { name: string; sha256: string }[] = [];
  const walk = async (rel: string): Promise<void> => {
    for (const e of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const relName = rel ? `${rel}/${e.name}` : e.name;
      const full = path.join(dir, relName);
      const st = await fs.stat(full); // follows symlinks, like filepath.Walk + os.Stat
      if (st.isDirectory()) await walk(relName);
      else if (st.isFile()) files.push({ name: relName, sha256: await sha256File(full) });
    }
  };
  await walk('');
  return hash1(files);
}

function wrapZipError(err: Error): AtmosError {
  return new AtmosError(`zip: not a valid zip file (${err.message})`, { code: 'BAD_ZIP', cause: err });
}

/** Parse one SHA256SUMS file into filename → lower-case hex. */
export function parseShasums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(\S.*)$/.exec(line.trim());
    if (m) out.set(m[2].trim(), m[1].toLowerCase());
  }
  return out;
}
