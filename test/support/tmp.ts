import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

/** A temp directory removed after the test (or file) that created it finishes. */
export function tempDir(prefix = 'atmos-ts-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  after(() => removeTempDir(dir));
  return dir;
}

/** A temp directory the caller removes with removeTempDir, after stopping whatever writes into it. */
export function unmanagedTempDir(prefix = 'atmos-ts-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Retries cover a straggling writer (ENOTEMPTY while a file lands during the walk). */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
}

/** The vendored Aqua registry snapshot (test/fixtures/aqua-registry; see its README.md for the upstream commit). */
export function aquaFixturesDir(): string {
  return path.resolve(import.meta.dirname, '..', 'fixtures', 'aqua-registry');
}
