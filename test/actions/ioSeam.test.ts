import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const actionsDir = path.resolve(import.meta.dirname, '..', '..', 'src', 'actions');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('the ActionIO seam', () => {
  it('no module under src/actions imports @actions/core except the ActionIO implementation', () => {
    const offenders = sources(actionsDir)
      .filter((f) => path.relative(actionsDir, f) !== path.join('common', 'coreIO.ts'))
      .filter((f) => /from\s+['"]@actions\/core['"]|import\(\s*['"]@actions\/core['"]\s*\)|require\(\s*['"]@actions\/core['"]\s*\)/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(actionsDir, f));
    assert.deepEqual(offenders, []);
  });
});
