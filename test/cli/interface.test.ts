import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import YAML from 'yaml';
import { ConsoleLogger, colorEnabled } from '../../src/common/consoleLogger.js';
import { startCliProject } from '../support/toolchainCli.js';

/**
 * The one interface of the CLI: `-f/--format` wherever data is printed (the 0.x spellings
 * still work for one release, with a warning), one `--platform` syntax, the global
 * log-level flags, colors, and errors that say what to do instead of dumping a response.
 */
const p = await startCliProject();

test('every data command takes -f text|json|yaml; `table` is still read as text', async () => {
  p.writeToolVersions('hello 1.2.0\n');
  assert.equal((await p.run(['toolchain', 'install'])).code, 0);
  for (const cmd of [['list'], ['get'], ['get', 'hello'], ['aliases'], ['du'], ['path'], ['info', 'hello@1.2.0']]) {
    const json = await p.run(['toolchain', ...cmd, '-f', 'json']);
    assert.equal(json.code, 0, `${cmd.join(' ')}: ${json.stderr}`);
    const yaml = await p.run(['toolchain', ...cmd, '--format', 'yaml']);
    assert.equal(yaml.code, 0, `${cmd.join(' ')}: ${yaml.stderr}`);
    assert.deepEqual(YAML.parse(yaml.stdout), JSON.parse(json.stdout), `${cmd.join(' ')}: yaml and json carry the same data`);
    const text = await p.run(['toolchain', ...cmd, '-f', 'table']);
    assert.equal(text.stdout, (await p.run(['toolchain', ...cmd])).stdout, `${cmd.join(' ')}: table is text`);
  }
  const bad = await p.run(['toolchain', 'list', '-f', 'xml']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /argument 'xml' is invalid\. Use one of text, json, yaml/);
});

test('the 0.x spellings still work, with one deprecation line on stderr', async () => {
  p.writeToolVersions('hello 1.2.0\n');
  const current = await p.run(['toolchain', 'list', '-f', 'json']);
  const old = await p.run(['toolchain', 'list', '-o', 'json']);
  assert.equal(old.code, 0, old.stderr);
  assert.equal(old.stdout, current.stdout);
  assert.equal(old.stderr, 'warning: -o/--output is deprecated and will be removed in the next release; use -f/--format\n');
  assert.equal(current.stderr, '', 'no warning for the current spelling');
  const json = await p.run(['toolchain', 'path', '--json']);
  assert.deepEqual(JSON.parse(json.stdout), JSON.parse((await p.run(['toolchain', 'path', '-f', 'json'])).stdout));
  assert.match(json.stderr, /--json is deprecated .*; use -f json/);
  const file = path.join(p.dir, '..', 'old-env.sh');
  const env = await p.run(['toolchain', 'env', '-o', file]);
  assert.equal(env.code, 0, env.stderr);
  assert.match(readFileSync(file, 'utf8'), /^export PATH=/);
  assert.match(env.stderr, /-o\/--output is deprecated .*; use --output-file/);
  const badOld = await p.run(['toolchain', 'list', '-o', 'xml']);
  assert.match(badOld.stderr, /argument 'xml' is invalid/, 'the alias is checked like the flag it stands for');
});

test('--platform takes os/arch or os_arch, repeatable and comma-separated; a bad one names the value and the forms', async () => {
  const slash = JSON.parse((await p.run(['toolchain', 'info', 'hello@1.2.0', '--platform', 'darwin/arm64', '-f', 'json'])).stdout) as { platform: string };
  const underscore = JSON.parse((await p.run(['toolchain', 'info', 'hello@1.2.0', '--platform', 'darwin_arm64', '-f', 'json'])).stdout) as { platform: string };
  assert.equal(slash.platform, 'darwin_arm64');
  assert.equal(underscore.platform, 'darwin_arm64');
  p.writeToolVersions('hello 1.2.0\n');
  const lock = await p.run(['toolchain', 'lock', '--platform', 'linux/amd64,darwin_arm64', '--platform', 'windows/amd64']);
  assert.equal(lock.code, 0, lock.stderr);
  assert.match(lock.stderr, /3 locked/);
  for (const args of [
    ['toolchain', 'info', 'hello@1.2.0', '--platform', 'linux'],
    ['toolchain', 'lock', '--platform', 'linux/amd64,darwin/aarch64'],
    ['terraform', 'cache', 'warm', '--platform', 'macos/arm64'],
  ]) {
    const r = await p.run(args);
    assert.equal(r.code, 1, args.join(' '));
    assert.match(r.stderr, /invalid platform "(linux|darwin\/aarch64|macos\/arm64)"/);
    assert.match(r.stderr, /os\/arch .*\(os_arch is accepted too\)/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  assert.match((await p.run(['toolchain', 'lock', '--platform', 'darwin/aarch64'])).stderr, /Did you mean darwin\/arm64\?/);
});

test('--log-level is checked; -q keeps warnings and errors; -v adds debug lines', async () => {
  p.writeToolVersions('hello 1.2.0\n');
  const bad = await p.run(['--log-level', 'loud', 'toolchain', 'list']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /argument 'loud' is invalid\. Allowed choices are trace, debug, info, warn, error/);
  const normal = await p.run(['toolchain', 'install', 'hello@1.0.0', '--reinstall']);
  assert.match(normal.stderr, /installed/);
  const quiet = await p.run(['-q', 'toolchain', 'install', 'hello@1.0.0', '--reinstall']);
  assert.equal(quiet.code, 0);
  assert.equal(quiet.stderr, '');
  const quietWarn = await p.run(['-q', 'toolchain', 'list', '-o', 'json']);
  assert.match(quietWarn.stderr, /warning: -o\/--output is deprecated/, '-q still shows warnings');
  // Debug level shows an error's stack: -v, --log-level debug and trace all do.
  assert.doesNotMatch((await p.run(['toolchain', 'which', 'ghost'])).stderr, /\n\s+at /);
  for (const flags of [['-v'], ['--verbose'], ['--log-level', 'debug'], ['--log-level', 'trace']]) {
    assert.match((await p.run([...flags, 'toolchain', 'which', 'ghost'])).stderr, /\n\s+at /, flags.join(' '));
  }
  const both = await p.run(['-q', '-v', 'toolchain', 'list']);
  assert.equal(both.code, 1);
  assert.match(both.stderr, /cannot be used with/);
  const version = await p.run(['-V']);
  assert.match(version.stdout, /^\d+\.\d+\.\d+/);
});

test('NO_COLOR turns colors off on a terminal; FORCE_COLOR turns them on in a pipe', () => {
  assert.equal(colorEnabled(true, {}), true);
  assert.equal(colorEnabled(false, {}), false);
  assert.equal(colorEnabled(true, { NO_COLOR: '1' }), false);
  assert.equal(colorEnabled(true, { NO_COLOR: '' }), true, 'an empty NO_COLOR is unset (no-color.org)');
  assert.equal(colorEnabled(false, { FORCE_COLOR: '1' }), true);
  assert.equal(colorEnabled(false, { FORCE_COLOR: '' }), true);
  assert.equal(colorEnabled(true, { FORCE_COLOR: '0' }), false);
  assert.equal(colorEnabled(false, { FORCE_COLOR: '1', NO_COLOR: '1' }), true, 'FORCE_COLOR wins, as in Node');
  const written = (options: { tty: boolean }, env: Record<string, string>) => {
    const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
    delete process.env.NO_COLOR;
    delete process.env.FORCE_COLOR;
    Object.assign(process.env, env);
    let text = '';
    const stream = new Writable({ write: (chunk, _enc, cb) => ((text += String(chunk)), cb()) });
    try {
      new ConsoleLogger({ stream, tty: options.tty, githubAnnotations: false }).warn('careful');
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
    return text;
  };
  assert.equal(written({ tty: false }, {}), 'warning: careful\n');
  assert.equal(written({ tty: false }, { FORCE_COLOR: '1' }), '\x1b[33mwarning:\x1b[0m careful\n');
  assert.equal(written({ tty: true }, { NO_COLOR: '1' }), 'warning: careful\n');
});

test('which of a tool that is neither pinned nor installed says so without asking GitHub', async () => {
  p.writeToolVersions('hello 1.2.0\n');
  const before = p.up.requests.length;
  const r = await p.run(['toolchain', 'which', 'ghost']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^Error: ghost is not installed/);
  assert.match(r.stderr, /does not pin ghost/);
  assert.match(r.stderr, /Hint: Pin and install it: atmos-ts toolchain add ghost/);
  assert.equal(p.up.requests.length, before, 'no request');
});

test('a release listing that answers 404 is one explained error, not the response body', async () => {
  p.up.failNext('/api/v3/repos/acme/ghost/releases', { status: 404, times: 1 });
  const r = await p.run(['toolchain', 'exec', 'ghost']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^Error: cannot list the versions of ghost: GitHub answered HTTP 404 for acme\/ghost/);
  assert.match(r.stderr, /does not exist, is private/);
  assert.match(r.stderr, /Hint: Pin an exact version/);
  assert.doesNotMatch(r.stderr, /fake failure|\{"message"/, 'no raw body');
});

test('helmfile without a pin or a helmfile on PATH says how to pin it', async () => {
  const r = await p.run(['helmfile', '--help'], { PATH: '/nonexistent' });
  assert.equal(r.code, 127);
  assert.match(r.stderr, /^Error: helmfile is not installed/m);
  assert.match(r.stderr, /components\.helmfile\.command is "helmfile"/);
  assert.match(r.stderr, /Hint: Pin a version .*helmfile@/);
  assert.doesNotMatch(r.stderr, /--reinstall/, 'nothing was installed, so nothing to reinstall');
});

test('the first install says it wrote the lock file; a later one that changes it says so too', async () => {
  const lock = path.join(p.dir, 'toolchain.lock.yaml');
  await p.run(['toolchain', 'uninstall', '--all']);
  const { rmSync } = await import('node:fs');
  rmSync(lock, { force: true });
  p.writeToolVersions('hello 1.2.0\n');
  const first = await p.run(['toolchain', 'install']);
  assert.equal(first.code, 0, first.stderr);
  assert.ok(existsSync(lock));
  assert.match(first.stderr, /^wrote toolchain\.lock\.yaml: the URL and checksum of each installed tool/m);
  const again = await p.run(['toolchain', 'install']);
  assert.doesNotMatch(again.stderr, /toolchain\.lock\.yaml/, 'nothing written, nothing said');
  const more = await p.run(['toolchain', 'install', 'hello@1.0.0']);
  assert.match(more.stderr, /^updated toolchain\.lock\.yaml/m);
});
