import { AtmosError } from '../common/errors.js';
import type { ChecksumSource } from './assetPlan.js';

/**
 * Find the checksum of `assetName` in a checksum file, the way aqua's parser does
 * (aqua-toolchain §2.3): default format = `<hex>  <name>` lines (a `*` binary marker and
 * directories stripped from the name) or a single bare digest; `raw` = the whole file;
 * `regexp` = `pattern.checksum` group 1, keyed by `pattern.file` group 1 when given.
 * Returns lower-case hex, or undefined when the file has no entry for the asset.
 */
export function findChecksum(text: string, source: Pick<ChecksumSource, 'fileFormat' | 'pattern' | 'algorithm'>, assetName: string): string | undefined {
  const content = text.replace(/\r\n?/g, '\n').trim();
  const want = basename(assetName);
  let found: string | undefined;
  switch (source.fileFormat) {
    case 'raw':
      found = content.split(/\s+/)[0];
      break;
    case 'regexp': {
      if (!source.pattern?.checksum) {
        throw new AtmosError('checksum file_format regexp has no pattern.checksum', { code: 'CHECKSUM_CONFIG' });
      }
      const sumRe = new RegExp(source.pattern.checksum);
      const fileRe = source.pattern.file ? new RegExp(source.pattern.file) : undefined;
      const matches: string[] = [];
      for (const line of content.split('\n')) {
        const m = sumRe.exec(line);
        if (!m?.[1]) continue;
        if (!fileRe) {
          matches.push(m[1]);
          break;
        }
        const f = fileRe.exec(line);
        if (f?.[1] !== undefined && basename(f[1]) === want) matches.push(m[1]);
      }
      if (new Set(matches.map((m) => m.toLowerCase())).size > 1) {
        throw new AtmosError(`checksum file lists ${want} more than once with different digests`, {
          code: 'CHECKSUM_AMBIGUOUS',
          explanation: matches.join(', '),
        });
      }
      found = matches[0];
      break;
    }
    default: {
      const lines = content.split('\n').filter((l) => l.trim() !== '');
      if (lines.length === 1 && !/[ \t]/.test(lines[0].trim())) {
        found = lines[0].trim();
        break;
      }
      for (const line of lines) {
        let sep = line.indexOf(' ');
        if (sep < 0) sep = line.indexOf('\t');
        if (sep < 0) continue;
        const digest = line.slice(0, sep).trim();
        let name = line.slice(sep + 1).trim();
        if (name.startsWith('*')) name = name.slice(1);
        if (basename(name) === want) {
          found = digest;
          break;
        }
      }
    }
  }
  if (found === undefined) return undefined;
  const hex = found.trim().toLowerCase();
  if (!/^[0-9a-f]+$/.test(hex) || (source.algorithm && hex.length !== digestLength(source.algorithm))) {
    throw new AtmosError(`checksum file entry for ${want} is not a ${source.algorithm ?? ''} digest: "${found.slice(0, 140)}"`, {
      code: 'CHECKSUM_FORMAT',
      hint: 'Check the registry definition: the checksum algorithm or file_format may be wrong.',
    });
  }
  return hex;
}

export function digestLength(algorithm: string): number {
  return { sha256: 64, sha512: 128, sha1: 40, md5: 32 }[algorithm] ?? 64;
}

function basename(p: string): string {
  const s = p.replace(/\\/g, '/');
  return s.slice(s.lastIndexOf('/') + 1);
}
