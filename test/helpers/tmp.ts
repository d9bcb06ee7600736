import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

/** A temp directory removed after the test file finishes. */
export function tempDir(prefix = 'atmos-ts-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Path of the shared Aqua registry fixtures (read-only, never copied into the repo). */
export function aquaFixturesDir(): string {
  return process.env.ATMOS_TS_AQUA_FIXTURES ?? path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'aqua-registry');
}
