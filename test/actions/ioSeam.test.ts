import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import YAML from 'yaml';
import * as cache from '../../src/actions/cache/constants.js';
import { JOB_STATUS_INPUT } from '../../src/actions/common/constants.js';
import * as runtime from '../../src/actions/github-runtime/constants.js';
import { RUNTIME_OUTPUTS } from '../../src/actions/github-runtime/exposure.js';
import * as root from '../../src/actions/root/constants.js';
import * as setup from '../../src/actions/setup-toolchain/constants.js';
import * as mirror from '../../src/actions/tf-mirror/constants.js';

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
      .filter((f) =>
        /from\s+['"]@actions\/core['"]|import\(\s*['"]@actions\/core['"]\s*\)|require\(\s*['"]@actions\/core['"]\s*\)/.test(readFileSync(f, 'utf8')),
      )
      .map((f) => path.relative(actionsDir, f));
    assert.deepEqual(offenders, []);
  });
});

describe('each action constants.ts matches its action.yml', () => {
  const repo = path.resolve(import.meta.dirname, '..', '..');
  const manifest = (file: string) => YAML.parse(readFileSync(path.join(repo, file), 'utf8')) as { inputs?: object; outputs?: object };
  const names = (o?: object) => Object.keys(o ?? {}).sort();
  const values = (o: object) => [...new Set(Object.values(o) as string[])].sort();
  const cases: [string, { INPUT?: object; OUTPUT?: object }, string[]][] = [
    ['actions/cache/action.yml', cache, [JOB_STATUS_INPUT]],
    ['actions/setup-toolchain/action.yml', setup, [JOB_STATUS_INPUT]],
    ['actions/tf-mirror/action.yml', mirror, [JOB_STATUS_INPUT]],
    ['actions/github-runtime/action.yml', { ...runtime, OUTPUT: Object.fromEntries(Object.keys(RUNTIME_OUTPUTS).map((k) => [k, k])) }, []],
  ];
  for (const [file, c, extra] of cases) {
    it(file, () => {
      const m = manifest(file);
      assert.deepEqual(names(m.inputs), [...values(c.INPUT ?? {}), ...extra].sort(), 'inputs');
      assert.deepEqual(names(m.outputs), values(c.OUTPUT ?? {}), 'outputs');
    });
  }
  it('action.yml (root): every output is a constant', () => {
    assert.deepEqual(names(manifest('action.yml').outputs), values(root.OUTPUT));
  });
});
