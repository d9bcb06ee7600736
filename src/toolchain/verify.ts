import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { AtmosError, errorMessage } from '../common/errors.js';
import type { HttpClient } from '../common/http.js';
import type { GitHubReleases } from '../github/index.js';
import type { AssetPlan, ChecksumAlgorithm } from './assetPlan.js';
import { findChecksum } from './checksumFile.js';

/**
 * Checksum policy (`toolchain.verification.checksums`):
 * - `disabled`: registry checksums are not fetched (a committed lock is still enforced);
 * - `when_available` (default): verify when the registry declares a checksum file (which
 *   must then be fetchable and list the asset) or GitHub reports an asset digest;
 * - `required`: like when_available, but a tool with no checksum source fails.
 */
export type ChecksumPolicy = 'required' | 'when_available' | 'disabled';

export interface ExpectedChecksum {
  hex: string;
  algorithm: ChecksumAlgorithm;
  /** Where it came from, for messages: a checksum file URL, `github digest`, `toolchain.lock.yaml`. */
  source: string;
}

export interface ChecksumLookup {
  http: HttpClient;
  rewrite: (url: string) => string;
  releases?: GitHubReleases;
  policy: ChecksumPolicy;
}

export async function expectedChecksum(plan: AssetPlan, ctx: ChecksumLookup): Promise<ExpectedChecksum | undefined> {
  if (ctx.policy === 'disabled') return undefined;
  const label = `${plan.name}@${plan.version}`;
  if (plan.checksum) {
    const url = ctx.rewrite(plan.checksum.url);
    let text: string;
    try {
      const res = await ctx.http.getText(url, { acceptStatus: [404] });
      if (res.status === 404) throw new Error('HTTP 404');
      text = res.text;
    } catch (err) {
      throw new AtmosError(`could not fetch the checksum file for ${label}`, {
        code: 'CHECKSUM_UNAVAILABLE',
        explanation: `The registry declares a checksum file at ${url}, but fetching it failed: ${errorMessage(err)}.`,
        hint: 'Retry later, or set toolchain.verification.checksums: disabled to install without verification (not recommended).',
        context: { url },
      });
    }
    const hex = findChecksum(text, plan.checksum, plan.assetName);
    if (!hex) {
      throw new AtmosError(`the checksum file for ${label} has no entry for ${plan.assetName}`, {
        code: 'CHECKSUM_UNAVAILABLE',
        explanation: `${url} was fetched but lists no checksum for ${plan.assetName}:\n${text.slice(0, 2000)}`,
        hint: 'The registry definition may be out of date for this version.',
        context: { url },
      });
    }
    return { hex, algorithm: plan.checksum.algorithm, source: url };
  }
  if (plan.githubRelease && ctx.releases) {
    const g = plan.githubRelease;
    try {
      const digest = await ctx.releases.assetDigest(g.owner, g.repo, g.tag, g.asset);
      if (digest) return { hex: digest.hex, algorithm: digest.algorithm as ChecksumAlgorithm, source: 'GitHub release asset digest' };
    } catch (err) {
      // A rate limit is worth saying; the digest is optional, so the install goes on.
      if (ctx.policy === 'required') throw err;
    }
  }
  if (ctx.policy === 'required') {
    throw new AtmosError(`${label} has no checksum metadata`, {
      code: 'CHECKSUM_REQUIRED',
      explanation: 'toolchain.verification.checksums is "required", but the registry declares no checksum file and GitHub reports no asset digest.',
      hint: 'Pin it with a committed toolchain.lock.yaml, add a checksum to the tool definition, or relax the policy to when_available.',
    });
  }
  return undefined;
}

/** Digests of a file in one pass. */
export async function hashFile(file: string, algorithms: readonly string[]): Promise<Record<string, string>> {
  const hashes = [...new Set(algorithms)].map((a) => [a, createHash(a)] as const);
  for await (const chunk of createReadStream(file)) for (const [, h] of hashes) h.update(chunk as Buffer);
  return Object.fromEntries(hashes.map(([a, h]) => [a, h.digest('hex')]));
}

/** Compare, and on a mismatch delete the download and say expected vs got. */
export async function checkDigest(
  file: string,
  label: string,
  expected: ExpectedChecksum,
  actualHex: string,
  code: 'CHECKSUM_MISMATCH' | 'LOCK_CHECKSUM_MISMATCH' = 'CHECKSUM_MISMATCH',
): Promise<void> {
  if (actualHex.toLowerCase() === expected.hex.toLowerCase()) return;
  await fs.rm(file, { force: true });
  throw new AtmosError(`checksum mismatch for ${label}: expected ${expected.algorithm}:${expected.hex}, got ${expected.algorithm}:${actualHex}`, {
    code,
    explanation:
      code === 'LOCK_CHECKSUM_MISMATCH'
        ? `The downloaded file does not match the checksum recorded in toolchain.lock.yaml. The download was deleted and nothing was installed.`
        : `The downloaded file does not match the checksum from ${expected.source}. The download was deleted and nothing was installed.`,
    hint:
      code === 'LOCK_CHECKSUM_MISMATCH'
        ? 'If the upstream change is legitimate, run "atmos-ts toolchain lock" to record the new checksum; otherwise treat the asset as tampered.'
        : 'Retry the install; if it keeps failing the upstream asset or the mirror may have been tampered with.',
    context: { expected: expected.hex, got: actualHex, source: expected.source },
  });
}
