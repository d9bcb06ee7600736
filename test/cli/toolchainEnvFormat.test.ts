import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { joinPath, parseEnvFormat, renderEnv, renderGithubPath } from '../../src/toolchain/envFormat.js';

const dirs = ['/t/bin/a/1.0', "/t/it's $HOME/b"];

test('bash output survives quotes and dollar signs when evaluated by a real shell', () => {
  const script = renderEnv('bash', { dirs, delimiter: ':' });
  const out = execFileSync('sh', ['-c', `${script}printf '%s' "$PATH"`], { env: { PATH: '/usr/bin:/bin', HOME: '/home/x' } }).toString();
  assert.equal(out, `/t/bin/a/1.0:/t/it's $HOME/b:/usr/bin:/bin`);
});

test('fish, powershell and dotenv quote each in their own way', () => {
  assert.equal(renderEnv('fish', { dirs, delimiter: ':' }), `set -gx PATH '/t/bin/a/1.0' '/t/it\\'s $HOME/b' $PATH\n`);
  assert.equal(renderEnv('powershell', { dirs, delimiter: ':' }), `$env:PATH = '/t/bin/a/1.0:/t/it''s $HOME/b:' + $env:PATH\n`);
  assert.equal(renderEnv('dotenv', { dirs, currentPath: '/usr/bin', delimiter: ':' }), `PATH="/t/bin/a/1.0:/t/it's \\$HOME/b:/usr/bin"\n`);
});

test('Windows paths use the ; separator and keep backslashes', () => {
  const win = ['C:\\tools\\bin\\hashicorp\\terraform\\1.9.8'];
  assert.equal(renderEnv('powershell', { dirs: win, delimiter: ';' }), `$env:PATH = 'C:\\tools\\bin\\hashicorp\\terraform\\1.9.8;' + $env:PATH\n`);
  assert.deepEqual(
    JSON.parse(renderEnv('json', { dirs: win, currentPath: 'C:\\Windows', delimiter: ';' })).PATH,
    'C:\\tools\\bin\\hashicorp\\terraform\\1.9.8;C:\\Windows',
  );
});

test('the full PATH lists toolchain directories first and drops their duplicates further on', () => {
  assert.equal(joinPath(['/a', '/b'], '/usr/bin:/b::/bin', ':'), '/a:/b:/usr/bin:/bin');
});

test("github lines are reversed so the runner's prepending keeps the first tool first", () => {
  assert.equal(renderGithubPath(['/first', '/second']), '/second\n/first\n');
});

test('nothing to add renders nothing for shells, and an empty list for json', () => {
  assert.equal(renderEnv('bash', { dirs: [], delimiter: ':' }), '');
  assert.deepEqual(JSON.parse(renderEnv('json', { dirs: [], currentPath: '/bin', delimiter: ':' })), { PATH: '/bin', path_entries: [] });
});

test('format names: zsh/sh mean bash, pwsh means powershell, anything else is an error listing the choices', () => {
  assert.equal(parseEnvFormat('zsh'), 'bash');
  assert.equal(parseEnvFormat('pwsh'), 'powershell');
  assert.equal(parseEnvFormat(undefined), 'bash');
  assert.throws(
    () => parseEnvFormat('tcsh'),
    (err: Error & { explanation?: string }) => /bash, json, dotenv, fish, powershell, github/.test(err.explanation ?? ''),
  );
});
