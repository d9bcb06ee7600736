/**
 * The warm stamp (src/toolchain/shims/stamp.ts), the fast entry (src/cli/fast.ts) and the shims
 * (`toolchain shims` / `activate`): a warm command is answered without the CLI only while the
 * pins, the lock, atmos.yaml, the environment and the installs are unchanged — every one of
 * them, changed alone, must send the command back to the full CLI.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeEach, test } from 'node:test';
import { parseFastCommand, runFast } from '../../src/cli/fast.js';
import { loadConfig } from '../../src/config/load.js';
import { recordStamp } from '../../src/toolchain/shims/record.js';
import { renderCmdShim, renderShShim, type ShimPlan } from '../../src/toolchain/shims/scripts.js';
import { SHIM_STAMP } from '../../src/toolchain/shims/stamp.js';
import { writeShims } from '../../src/toolchain/shims/write.js';
import { tempDir } from '../support/tmp.js';
import { finished, startCliProject } from '../support/toolchainCli.js';

const p = await startCliProject();
/** Exactly the environment the spawned CLI gets, so the fast path computes the same stamp key. */
const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...p.env };
const tv = path.join(p.dir, '.tool-versions');
const lock = path.join(p.dir, 'toolchain.lock.yaml');
const helloDir = path.join(p.installRoot, 'bin', 'acme', 'hello', '1.0.0');
/** Where the shims send what they cannot answer: an observable stand-in for the CLI. */
const FALLBACK = ['/bin/sh', '-c', 'echo "FALLBACK $*"', 'cli'];

async function cli(args: string[], extra: Record<string, string> = {}) {
  const r = await finished(p.spawnCli(args, extra));
  assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  return r;
}

async function fast(args: string[], e: NodeJS.ProcessEnv = env, cwd = p.dir) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runFast(['node', 'atmos-ts', ...args], e, cwd, { stdout, stderr });
  return { code, stdout: out, stderr: err };
}

/** Files written a while ago, as in a real checkout (the shims compare mtimes in whole seconds). */
function age(...files: string[]): void {
  const t = Date.now() / 1000 - 60;
  for (const f of files) if (existsSync(f)) utimesSync(f, t, t);
}

beforeEach(async () => {
  rmSync(path.join(p.installRoot, 'bin'), { recursive: true, force: true });
  rmSync(lock, { force: true });
  rmSync(path.join(p.dir, '..', 'cache', 'atmos', 'toolchain-stamps'), { recursive: true, force: true });
  p.writeToolVersions('hello 1.0.0\nacme/exiter 1.0.0\n');
  await cli(['toolchain', 'install']);
  age(tv, lock, path.join(p.dir, 'atmos.yaml'));
});

test('after an install, a warm install / which is answered from the stamp, for every name of the tool', async () => {
  const install = await fast(['toolchain', 'install']);
  assert.equal(install.code, 0);
  assert.match(install.stderr, /0 installed, 2 already installed/);
  for (const name of ['hello', 'acme/hello']) {
    const which = await fast(['toolchain', 'which', name]);
    assert.equal(which.code, 0, name);
    assert.equal(which.stdout, `${path.join(helloDir, 'hello')}\n`);
  }
  assert.equal((await fast(['toolchain', 'which', 'exiter'])).stdout, `${path.join(p.installRoot, 'bin', 'acme', 'exiter', '1.0.0', 'exiter')}\n`);
  // Not answered here: unknown names, explicit versions, flags, other commands.
  for (const args of [
    ['toolchain', 'which', 'nope'],
    ['toolchain', 'which', 'hello@1.0.0'],
    ['toolchain', 'install', '--reinstall'],
    ['toolchain', 'list'],
  ]) {
    assert.equal((await fast(args)).code, undefined, args.join(' '));
  }
  assert.equal((await fast(['toolchain', 'install'], { ...env, ATMOS_TS_NO_FAST: '1' })).code, undefined);
});

const invalidations: [string, () => void][] = [
  ['a changed pin', () => writeFileSync(tv, 'hello 1.2.0\nacme/exiter 1.0.0\n')],
  ['a changed lock', () => appendFileSync(lock, '# edited\n')],
  ['a deleted lock', () => rmSync(lock)],
  ['a changed atmos.yaml', () => appendFileSync(path.join(p.dir, 'atmos.yaml'), '# edited\n')],
  ['a deleted install', () => rmSync(helloDir, { recursive: true })],
  ['a truncated binary', () => truncateSync(path.join(helloDir, 'hello'), 3)],
  [
    'a reinstalled version (new marker)',
    () => writeFileSync(path.join(helloDir, '.atmos-install.json'), readFileSync(path.join(helloDir, '.atmos-install.json'))),
  ],
  [
    'a content change that kept the old mtime (cp -p, a cache restore)',
    () => {
      const before = statSync(tv);
      writeFileSync(tv, 'hello 1.2.0\nacme/exiter 1.0.0\n');
      utimesSync(tv, before.atime, before.mtime);
    },
  ],
];
for (const [what, change] of invalidations) {
  test(`${what} makes the fast path step aside`, async () => {
    assert.equal((await fast(['toolchain', 'install'])).code, 0);
    change();
    assert.equal((await fast(['toolchain', 'install'])).code, undefined);
    assert.equal((await fast(['toolchain', 'which', 'hello'])).code, undefined);
  });
}

test('another directory or a changed environment does not use the stamp', async () => {
  const sub = path.join(p.dir, 'sub');
  mkdirSync(sub, { recursive: true });
  assert.equal((await fast(['toolchain', 'which', 'hello'], env, sub)).code, undefined);
  assert.equal((await fast(['toolchain', 'which', 'hello'], { ...env, ATMOS_TOOLCHAIN_PATH: '/elsewhere' })).code, undefined);
  assert.equal((await fast(['toolchain', 'which', 'hello'])).code, 0);
});

test('a full which after a pin change answers the new pin and records a fresh stamp', async () => {
  p.writeToolVersions('hello 1.2.0\nacme/exiter 1.0.0\n');
  await cli(['toolchain', 'install']);
  const r = await cli(['toolchain', 'which', 'hello']);
  assert.equal(r.stdout, `${path.join(p.installRoot, 'bin', 'acme', 'hello', '1.2.0', 'hello')}\n`);
  assert.equal((await fast(['toolchain', 'which', 'hello'])).stdout, r.stdout);
});

test('parseFastCommand takes only the plain warm forms', () => {
  assert.deepEqual(parseFastCommand(['toolchain', 'exec', 'hello', '--', '-v']), { kind: 'exec', tool: 'hello', args: ['-v'] });
  assert.deepEqual(parseFastCommand(['toolchain', 'run', 'hello', 'x']), { kind: 'exec', tool: 'hello', args: ['x'] });
  for (const args of [
    ['toolchain', 'exec', '--tool-versions', 'x'],
    ['-C', 'x', 'toolchain', 'install'],
    ['toolchain', 'install', 'hello'],
    ['toolchain', 'exec', 'hello@1.0.0'],
  ]) {
    assert.equal(parseFastCommand(args), undefined, args.join(' '));
  }
});

/** Writes shims whose fallback is {@link FALLBACK}, so a test sees which way each call went. */
async function observableShims(): Promise<string> {
  const dir = path.join(tempDir('atmos-shims-'), 'shims');
  const r = await recordStamp(loadConfig({ cwd: p.dir, env }), {}, { dir, launch: FALLBACK });
  assert.ok(r.stamp, r.stamp ? '' : r.reason);
  return dir;
}

function sh(file: string, args: string[], extra: Record<string, string> = {}, cwd = p.dir) {
  const r = spawnSync(file, args, { cwd, env: { ...env, PWD: cwd, ...extra }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('a shim runs the pinned binary directly, and hands over to `toolchain exec` when anything it was resolved from changed', async () => {
  const dir = await observableShims();
  assert.deepEqual(readdirSync(dir).sort(), [SHIM_STAMP, 'atmos-ts', 'exiter', 'hello']);
  const shim = path.join(dir, 'hello');
  assert.equal(sh(shim, ['a', 'b c']).stdout, 'hello 1.0.0 a b c\n');
  assert.equal(sh(path.join(dir, 'exiter'), ['3']).code, 3);
  const handedOver = 'FALLBACK toolchain exec hello -- a\n';
  assert.equal(sh(shim, ['a'], {}, path.join(p.dir, '..')).stdout, handedOver, 'another directory');
  assert.equal(sh(shim, ['a'], { ATMOS_TOOLCHAIN_PATH: '/x' }).stdout, handedOver, 'an environment override');
  assert.equal(sh(shim, ['a'], { ATMOS_TS_NO_FAST: '1' }).stdout, handedOver);
  writeFileSync(path.join(p.dir, '.atmos-shim-probe'), '');
  // A pin change (mtime now, newer than the shims' stamp).
  const saved = readFileSync(tv);
  writeFileSync(tv, 'hello 1.2.0\n');
  assert.equal(sh(shim, ['a']).stdout, handedOver, 'a changed pin');
  writeFileSync(tv, saved);
  age(tv);
  assert.equal(sh(shim, ['a']).stdout, 'hello 1.0.0 a\n');
  rmSync(helloDir, { recursive: true });
  assert.equal(sh(shim, ['a']).stdout, handedOver, 'a deleted install');
});

test('the atmos-ts launcher answers a warm install and which/exec without Node, and runs the CLI for the rest', async () => {
  const dir = await observableShims();
  const launcher = path.join(dir, 'atmos-ts');
  const install = sh(launcher, ['toolchain', 'install']);
  assert.equal(install.code, 0);
  assert.equal(install.stdout, '');
  assert.match(install.stderr, /0 installed, 2 already installed/);
  assert.equal(sh(launcher, ['toolchain', 'which', 'hello']).stdout, `${path.join(helloDir, 'hello')}\n`);
  assert.equal(sh(launcher, ['toolchain', 'exec', 'hello', '--', 'x']).stdout, 'hello 1.0.0 x\n');
  assert.equal(sh(launcher, ['toolchain', 'list']).stdout, 'FALLBACK toolchain list\n');
  rmSync(path.join(p.installRoot, 'bin', 'acme', 'exiter'), { recursive: true });
  assert.equal(sh(launcher, ['toolchain', 'install']).stdout, 'FALLBACK toolchain install\n', 'an install is missing');
});

test('a shim that fell back because a file looked newer is trusted again once the Node fast path verified the contents', async () => {
  const dir = await observableShims();
  const stampFile = path.join(dir, SHIM_STAMP);
  utimesSync(stampFile, 1000, 1000);
  assert.equal(sh(path.join(dir, 'hello'), ['a']).stdout, 'FALLBACK toolchain exec hello -- a\n');
  assert.equal((await fast(['toolchain', 'which', 'hello'])).code, 0);
  assert.equal(sh(path.join(dir, 'hello'), ['a']).stdout, 'hello 1.0.0 a\n');
});

test('install rewrites registered shims to the new pins; unpinned commands lose their shim', async () => {
  const dir = await observableShims();
  p.writeToolVersions('hello 1.2.0\n');
  await cli(['toolchain', 'install']);
  assert.deepEqual(readdirSync(dir).sort(), [SHIM_STAMP, 'atmos-ts', 'hello']);
  assert.match(readFileSync(path.join(dir, 'hello'), 'utf8'), /acme\/hello\/1\.2\.0\/hello/);
});

test('toolchain shims prints its directory and appends it to $GITHUB_PATH; activate prints the PATH line per shell', async () => {
  const githubPath = path.join(tempDir('atmos-gh-'), 'path');
  writeFileSync(githubPath, '/earlier\n');
  const r = await cli(['toolchain', 'shims', '--github-path'], { GITHUB_PATH: githubPath });
  const dir = r.stdout.trim();
  assert.ok(dir.startsWith(path.join(p.installRoot, 'shims')), dir);
  assert.equal(readFileSync(githubPath, 'utf8'), `/earlier\n${dir}\n`);
  // The real CLI as the fallback: from another directory the shim hands over to `toolchain exec`,
  // which (no pins there) finds the installed version.
  const handedOver = sh(path.join(dir, 'hello'), ['z'], {}, path.join(p.dir, '..'));
  assert.equal(handedOver.stdout, 'hello 1.0.0 z\n', handedOver.stderr);
  assert.equal(sh(path.join(dir, 'hello'), ['z']).stdout, 'hello 1.0.0 z\n');

  assert.equal((await cli(['toolchain', 'activate', 'zsh'])).stdout, `export PATH='${dir}:'"$PATH"\n`);
  assert.equal((await cli(['toolchain', 'activate', 'fish'])).stdout, `set -gx PATH '${dir}' $PATH\n`);
  assert.equal((await cli(['toolchain', 'activate', 'pwsh'])).stdout, `$env:PATH = '${dir}:' + $env:PATH\n`);
  const bad = await finished(p.spawnCli(['toolchain', 'activate', 'dotenv']));
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /cannot activate for "dotenv"/);
});

test('shims refuse, saying why, when a pin is not installed', async () => {
  p.writeToolVersions('hello 1.2.0\n');
  const r = await finished(p.spawnCli(['toolchain', 'shims']));
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /cannot write shims: hello 1\.2\.0 is not installed/);
  assert.match(r.stderr, /toolchain install/);
});

const plan: ShimPlan = {
  cwd: 'C:\\work\\proj',
  stampFile: 'C:\\cache\\shims\\.atmos-shims-stamp',
  files: {},
  env: [],
  commands: { terraform: 'C:\\cache\\bin\\hashicorp\\terraform\\1.9.8\\terraform.exe' },
  installs: [],
  count: 1,
  launch: ['C:\\Program Files\\nodejs\\node.exe', 'C:\\npm\\100%\\atmos-ts\\bin\\atmos-ts.js'],
  marker: '.atmos-install.json',
};

test('Windows: .cmd shims hand over to `atmos-ts toolchain exec` (the Node fast path), with CRLF and % escaped', () => {
  assert.equal(
    renderCmdShim(plan, 'terraform'),
    '@echo off\r\nrem atmos-ts shim: terraform (written by `atmos-ts toolchain shims`; do not edit)\r\n"C:\\Program Files\\nodejs\\node.exe" "C:\\npm\\100%%\\atmos-ts\\bin\\atmos-ts.js" toolchain exec "terraform" -- %*\r\n',
  );
  const dir = path.join(tempDir('atmos-shims-win-'), 'shims');
  const stamp = {
    v: 1 as const,
    cwd: p.dir,
    env: '',
    files: {},
    installs: [{ dir: helloDir, marker: { size: 1, mtimeMs: 1, ino: 1 }, binaries: { 'hello.exe': 10 } }],
    tools: { hello: path.join(helloDir, 'hello.exe') },
    dirs: [helloDir],
    count: 1,
    at: Date.now(),
  };
  assert.deepEqual(writeShims(stamp, dir, ['node.exe', 'atmos-ts.js'], {}, 'win32'), ['hello']);
  assert.deepEqual(readdirSync(dir).sort(), [SHIM_STAMP, 'atmos-ts.cmd', 'hello.cmd']);
});

test('POSIX shims quote paths with spaces and quotes', () => {
  const text = renderShShim({ ...plan, cwd: "/it's here", commands: { tf: "/a b/it's/tf" }, launch: ['/n'] }, 'tf');
  const r = spawnSync('/bin/sh', ['-n', '-c', text]);
  assert.equal(r.status, 0, r.stderr?.toString());
  assert.match(text, /exec '\/a b\/it'\\''s\/tf' "\$@"/);
});
