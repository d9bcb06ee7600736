import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';

const root = path.resolve(import.meta.dirname, '..', '..');

it('npm run demo installs tools, serves the second init from the cache and cleans up', async () => {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(root, 'demo', 'run.ts')], {
    cwd: root,
    env: { ...process.env, GITHUB_TOKEN: 'must-not-leak' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, out);
  assert.match(out, /LOCAL STAND-IN/);
  assert.match(out, /\$ terraform version → terraform 1\.9\.8/);
  assert.match(out, /again: 3\/3 already installed, 0 requests to the upstream/);
  assert.match(out, /init #1: [^\n]*\n\s+downloaded from upstream: [1-9]\d* requests/);
  assert.match(out, /init #2: [^\n]*\n\s+downloaded from upstream: 0 requests, 0 B\n\s+served from cache: [1-9]\d* responses/);
  assert.match(out, /\| Cache hits \| [1-9]\d* \|/);
  assert.doesNotMatch(out, /^(warning|error)\b/im);
  const work = /working copy of demo\/atmos\.yaml \+ demo\/\.tool-versions: (\S+)/.exec(out)?.[1];
  assert.ok(work && !existsSync(path.dirname(work)), 'the temp working copy is removed');
  assert.ok(!existsSync(path.join(root, 'demo', 'toolchain.lock.yaml')), 'the demo never writes into the repository');
});
