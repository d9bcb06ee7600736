import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

/**
 * The repository stands alone: no code reads fixtures from a folder beside the clone (the
 * reference material's folder) or finds them through an environment variable. `.ci/run` proves it by running
 * the suite in a fresh clone with nothing beside it; this test names the offending line at once.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCANNED = ['src', 'test', 'bench', 'demo', 'scripts'];
const SELF = path.relative(ROOT, import.meta.filename);

// Built from pieces so that this file does not match itself.
const SHARED = 'shared';
const OUTSIDE_REFERENCES: { name: string; pattern: RegExp }[] = [
  { name: `../${SHARED}`, pattern: new RegExp(`\\.\\.[\\\\/]${SHARED}\\b`) },
  { name: `${SHARED}/fixtures`, pattern: new RegExp(`\\b${SHARED}[\\\\/]fixtures\\b`) },
  { name: `'..', '${SHARED}' path segments`, pattern: new RegExp(`['"]\\.\\.['"]\\s*,\\s*['"]${SHARED}['"]`) },
  { name: 'a fixtures location from the environment', pattern: new RegExp(`process\\.env\\.\\w*(FIXTURE|${SHARED.toUpperCase()})`, 'i') },
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    // Vendored data is not code; node_modules and build output are not ours.
    if (e.isDirectory()) {
      if (!['node_modules', 'fixtures', 'results'].includes(e.name)) out.push(...sourceFiles(p));
    } else if (/\.(ts|mts|cts|js|mjs|cjs|sh|json|ya?ml)$/.test(e.name)) out.push(p);
  }
  return out;
}

function outsideReferences(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const { name, pattern } of OUTSIDE_REFERENCES) if (pattern.test(line)) found.push(`${path.relative(ROOT, file)}:${i + 1}: ${name}: ${line.trim()}`);
    });
  }
  return found;
}

describe('the repository stands alone', () => {
  it(`nothing under ${SCANNED.join('/, ')}/ reads fixtures from outside the clone`, () => {
    const files = SCANNED.flatMap((d) => sourceFiles(path.join(ROOT, d))).filter((f) => path.relative(ROOT, f) !== SELF);
    assert.ok(files.length > 100, `scanned ${files.length} files`);
    assert.deepEqual(outsideReferences(files), [], 'vendor the data under test/fixtures/ instead');
  });

  it('each pattern catches the lookups it is meant for', () => {
    const samples = [
      `path.resolve(import.meta.dirname, '..', '..', '..', '${SHARED}', 'fixtures', 'aqua-registry')`,
      `const dir = '../${SHARED}/fixtures/aqua-registry';`,
      `return process.env.ATMOS_TS_AQUA_${'FIXTURES'} ?? dir;`,
      `readFileSync('/work/${SHARED}/fixtures/aqua-schema/registry.json')`,
    ];
    for (const s of samples)
      assert.ok(
        OUTSIDE_REFERENCES.some(({ pattern }) => pattern.test(s)),
        s,
      );
    assert.ok(!OUTSIDE_REFERENCES.some(({ pattern }) => pattern.test(`// the machine is ${SHARED}; runs vary`)), 'plain prose is fine');
  });
});
