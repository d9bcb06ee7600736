import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import YAML from 'yaml';

const root = path.resolve(import.meta.dirname, '..', '..');
const docs = readFileSync(path.join(root, 'docs', 'actions.md'), 'utf8');
const manifests = ['action.yml', 'actions/setup-toolchain/action.yml', 'actions/tf-mirror/action.yml', 'actions/github-runtime/action.yml'];

interface Manifest {
  inputs?: Record<string, { description?: string; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

describe('action manifests', () => {
  for (const file of manifests) {
    it(`${file} runs a committed node24 bundle and every input and output is documented`, () => {
      const m = YAML.parse(readFileSync(path.join(root, file), 'utf8')) as Manifest;
      assert.equal(m.runs.using, 'node24');
      const main = path.resolve(root, path.dirname(file), m.runs.main);
      assert.ok(main.startsWith(path.join(root, 'dist') + path.sep), `${file}: main ${m.runs.main} is not under dist/`);
      assert.ok(existsSync(main), `${file}: ${m.runs.main} is not built (npm run build)`);
      if (m.runs.post) assert.equal(m.runs.post, m.runs.main, 'one bundle serves main and post');
      for (const [name, spec] of Object.entries({ ...m.inputs, ...m.outputs })) {
        assert.ok(spec.description?.trim(), `${file}: ${name} has no description`);
        assert.ok(docs.includes(`\`${name}\``), `docs/actions.md does not document ${name} of ${file}`);
      }
    });
  }
});

describe('one save rule and actions/cache output names', () => {
  const all = [...manifests, 'actions/cache/action.yml'];
  for (const file of all) {
    const m = YAML.parse(readFileSync(path.join(root, file), 'utf8')) as Manifest;
    if (!m.runs.post) continue;
    it(`${file}: post always runs and reads the job's status for its saves`, () => {
      assert.equal(m.runs['post-if'], 'always()');
      assert.equal(m.inputs?.['job-status']?.default, '${{ job.status }}');
      const saves = Object.entries(m.inputs ?? {}).filter(([n]) => n === 'save' || n.endsWith('-save'));
      assert.ok(saves.length > 0, 'a save policy input');
      for (const [n, spec] of saves) assert.equal(spec.default, 'on-success', n);
    });
  }
  for (const file of all) {
    it(`${file}: no expression in a description (the runner rejects the manifest)`, () => {
      const m = YAML.parse(readFileSync(path.join(root, file), 'utf8')) as Manifest;
      for (const [name, spec] of Object.entries({ ...m.inputs, ...m.outputs })) assert.ok(!spec.description?.includes('${{'), name);
    });
  }
  it('actions/cache and the root action offer cache-hit, cache-primary-key and cache-matched-key', () => {
    for (const file of ['action.yml', 'actions/cache/action.yml']) {
      const m = YAML.parse(readFileSync(path.join(root, file), 'utf8')) as Manifest;
      for (const o of ['cache-hit', 'cache-primary-key', 'cache-matched-key']) assert.ok(m.outputs?.[o], `${file} lacks ${o}`);
    }
  });
});

describe('README action reference', () => {
  it('lists every input and output of every action.yml (regenerate with node scripts/readme-actions.mjs)', async () => {
    const script = path.join(root, 'scripts', 'readme-actions.mjs');
    const { readmeWithReference } = (await import(script)) as { readmeWithReference(readme: string): string };
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.equal(readme, readmeWithReference(readme), 'README.md action reference is out of date');
    for (const file of [...manifests, 'actions/cache/action.yml']) {
      const m = YAML.parse(readFileSync(path.join(root, file), 'utf8')) as Manifest;
      for (const name of Object.keys({ ...m.inputs, ...m.outputs })) assert.ok(readme.includes(`| \`${name}\` |`), `README lacks ${name} of ${file}`);
    }
  });
});
