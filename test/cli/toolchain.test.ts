import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import YAML from 'yaml';
import { startCliProject } from '../support/toolchainCli.js';

const p = await startCliProject();

test('toolchain --help lists every command and the global flags', async () => {
  const r = await p.run(['toolchain', '--help']);
  assert.equal(r.code, 0);
  for (const cmd of [
    'install',
    'uninstall',
    'list',
    'which',
    'path',
    'env',
    'exec',
    'run',
    'add',
    'remove',
    'set',
    'get',
    'info',
    'aliases',
    'clean',
    'du',
    'lock',
    'update',
  ]) {
    assert.match(r.stdout, new RegExp(`^  ${cmd} `, 'm'), `missing ${cmd}`);
  }
  for (const flag of ['--tool-versions', '--toolchain-path', '--tools-config']) assert.match(r.stdout, new RegExp(flag));
});

test('install --help and info --help describe their flags', async () => {
  const install = await p.run(['toolchain', 'install', '--help']);
  assert.equal(install.code, 0);
  for (const flag of ['--reinstall', '--default', '--max-concurrency']) assert.match(install.stdout, new RegExp(flag));
  const info = await p.run(['toolchain', 'info', '--help']);
  assert.equal(info.code, 0);
  assert.match(info.stdout, /--platform <os\/arch>/);
  assert.match(info.stdout, /-f, --format <format>[\s\S]*"text", "json", "yaml"/);
});

test('install with no arguments installs everything in .tool-versions, then list shows ✓ and a size', async () => {
  p.writeToolVersions('# pinned tools\nhello 1.0.0 1.2.0\nweb 3.1.0\n');
  const r = await p.run(['toolchain', 'install']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /3 installed, 0 already installed \(3 tool versions/);
  const again = await p.run(['toolchain', 'install']);
  assert.match(again.stderr, /0 installed, 3 already installed/);

  const list = await p.run(['toolchain', 'list']);
  assert.equal(list.code, 0, list.stderr);
  const lines = list.stdout.trim().split('\n');
  assert.match(lines[0], /^TOOL\s+REGISTRY PATH\s+VERSION\s+STATUS\s+SIZE/);
  const hello = lines.find((l) => l.includes('1.0.0 (default)'));
  assert.ok(hello, list.stdout);
  assert.match(hello, /^hello\s+acme\/hello\s+1\.0\.0 \(default\)\s+✓\s+\d+(\.\d)? k?B/);
  assert.ok(
    lines.some((l) => /^web\s+example\/webtool\s+3\.1\.0 \(default\)\s+✓/.test(l)),
    list.stdout,
  );

  const json = JSON.parse((await p.run(['toolchain', 'list', '-f', 'json'])).stdout) as {
    tool: string;
    version: string;
    installed: boolean;
    size_bytes: number;
  }[];
  const h12 = json.find((x) => x.tool === 'hello' && x.version === '1.2.0');
  assert.equal(h12?.installed, true);
  assert.ok((h12?.size_bytes ?? 0) > 0);
});

test('list --pending-only shows configured versions that are not installed, with ✗', async () => {
  p.writeToolVersions('hello 1.0.0 0.9.0\nweb 3.1.0\n');
  const r = await p.run(['toolchain', 'list', '--pending-only']);
  assert.equal(r.code, 0, r.stderr);
  const rows = r.stdout.trim().split('\n').slice(1);
  assert.equal(rows.length, 1, r.stdout);
  assert.match(rows[0], /^hello\s+acme\/hello\s+0\.9\.0\s+✗/);
  const installed = await p.run(['toolchain', 'list', '--installed-only', '-f', 'json']);
  assert.ok((JSON.parse(installed.stdout) as { installed: boolean }[]).every((x) => x.installed));
});

test('which prints the absolute path of the pinned binary; a missing version is an error naming the fix', async () => {
  p.writeToolVersions('hello 1.2.0\nweb 3.1.0\n');
  const r = await p.run(['toolchain', 'which', 'hello']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim(), path.join(p.installRoot, 'bin', 'acme', 'hello', '1.2.0', 'hello'));
  const explicit = await p.run(['toolchain', 'which', 'acme/hello@1.0.0']);
  assert.equal(explicit.stdout.trim(), path.join(p.installRoot, 'bin', 'acme', 'hello', '1.0.0', 'hello'));
  const missing = await p.run(['toolchain', 'which', 'hello@0.9.0']);
  assert.notEqual(missing.code, 0);
  assert.match(missing.stderr, /not installed/);
  assert.match(missing.stderr, /toolchain install hello@0\.9\.0/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /);
});

test("path prints the default versions' directories; -f json and --export too", async () => {
  p.writeToolVersions('hello 1.2.0 1.0.0\nweb 3.1.0\n');
  const helloDir = path.join(p.installRoot, 'bin', 'acme', 'hello', '1.2.0');
  const webDir = path.join(p.installRoot, 'bin', 'example', 'webtool', '3.1.0');
  const plain = await p.run(['toolchain', 'path']);
  assert.equal(plain.stdout.trim(), `${helloDir}:${webDir}`);
  const json = JSON.parse((await p.run(['toolchain', 'path', '-f', 'json'], { PATH: '/usr/bin' })).stdout) as { path_entries: string[]; PATH: string };
  assert.deepEqual(json.path_entries, [helloDir, webDir]);
  assert.equal(json.PATH, `${helloDir}:${webDir}:/usr/bin`);
  assert.equal((await p.run(['toolchain', 'path', '--export'])).stdout, `export PATH='${helloDir}:${webDir}:'"$PATH"\n`);
});

test('env renders bash, fish, powershell, dotenv and json', async () => {
  p.writeToolVersions('hello 1.2.0\n');
  const dir = path.join(p.installRoot, 'bin', 'acme', 'hello', '1.2.0');
  const env = async (format: string) => (await p.run(['toolchain', 'env', '--format', format], { PATH: '/usr/bin:/bin' })).stdout;
  assert.equal(await env('bash'), `export PATH='${dir}:'"$PATH"\n`);
  assert.equal(await env('fish'), `set -gx PATH '${dir}' $PATH\n`);
  assert.equal(await env('powershell'), `$env:PATH = '${dir}:' + $env:PATH\n`);
  assert.equal(await env('dotenv'), `PATH="${dir}:/usr/bin:/bin"\n`);
  assert.deepEqual(JSON.parse(await env('json')), { PATH: `${dir}:/usr/bin:/bin`, path_entries: [dir] });
  const bad = await p.run(['toolchain', 'env', '--format', 'csh']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /argument 'csh' is invalid\. Use one of bash, fish, powershell, dotenv, json, github/);
});

test('env --format github appends one directory per line to $GITHUB_PATH, and prints when it is unset', async () => {
  p.writeToolVersions('hello 1.2.0\nweb 3.1.0\n');
  const helloDir = path.join(p.installRoot, 'bin', 'acme', 'hello', '1.2.0');
  const webDir = path.join(p.installRoot, 'bin', 'example', 'webtool', '3.1.0');
  const file = path.join(p.dir, '..', 'github_path');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, '/already/there\n');
  const r = await p.run(['toolchain', 'env', '--format', 'github'], { GITHUB_PATH: file });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  // The runner prepends each line in turn, so the first tool is written last.
  assert.equal(readFileSync(file, 'utf8'), `/already/there\n${webDir}\n${helloDir}\n`);
  const printed = await p.run(['toolchain', 'env', '--format', 'github']);
  assert.equal(printed.stdout, `${webDir}\n${helloDir}\n`);
  const toFile = path.join(p.dir, '..', 'env.sh');
  await p.run(['toolchain', 'env', '--output-file', toFile]);
  await p.run(['toolchain', 'env', '--output-file', toFile]);
  assert.equal(readFileSync(toFile, 'utf8').split('\n').filter(Boolean).length, 2, '--output-file appends');
});

test('add, set and remove edit .tool-versions with asdf semantics', async () => {
  p.writeToolVersions('hello 1.0.0\n');
  const read = () => readFileSync(path.join(p.dir, '.tool-versions'), 'utf8');
  assert.equal((await p.run(['toolchain', 'add', 'hello@1.2.0'])).code, 0);
  assert.equal(read(), 'hello 1.0.0 1.2.0\n', 'plain add appends; the first version stays the default');
  await p.run(['toolchain', 'add', 'acme/hello@1.2.0']);
  assert.equal(read(), 'hello 1.0.0 1.2.0\n', 'the full name of an aliased tool is the same tool');
  await p.run(['toolchain', 'add', '--default', 'hello@0.9.0']);
  assert.equal(read(), 'hello 0.9.0\n', '--default replaces the line');
  await p.run(['toolchain', 'set', 'web', '3.1.0']);
  assert.equal(read(), 'hello 0.9.0\nweb 3.1.0\n');
  const latest = await p.run(['toolchain', 'add', 'acme/exiter']);
  assert.equal(latest.code, 0, latest.stderr);
  assert.match(read(), /^acme\/exiter 1\.0\.0$/m, 'no version = the newest release');
  assert.equal((await p.run(['toolchain', 'remove', 'hello@0.9.0'])).code, 0);
  assert.equal(read(), 'acme/exiter 1.0.0\nweb 3.1.0\n');
  const absent = await p.run(['toolchain', 'remove', 'hello@5.0.0']);
  assert.notEqual(absent.code, 0);
  assert.match(absent.stderr, /hello 5\.0\.0 is not in \.tool-versions/);
});

test('update --dry-run shows the newest releases; update moves the default pins; set without a version takes the newest', async () => {
  p.writeToolVersions('hello 1.0.0 0.9.0\nweb 3.1.0\n');
  const read = () => readFileSync(path.join(p.dir, '.tool-versions'), 'utf8');
  const dry = await p.run(['toolchain', 'update', 'hello', '--dry-run']);
  assert.equal(dry.code, 0, dry.stderr);
  assert.equal(dry.stdout, 'hello 1.0.0 -> 1.10.0\n');
  assert.equal(read(), 'hello 1.0.0 0.9.0\nweb 3.1.0\n');
  assert.equal((await p.run(['toolchain', 'update', 'hello'])).code, 0);
  assert.equal(read(), 'hello 1.10.0\nweb 3.1.0\n');
  p.writeToolVersions('hello 1.0.0\n');
  assert.equal((await p.run(['toolchain', 'set', 'hello'])).code, 0);
  assert.equal(read(), 'hello 1.10.0\n');
});

test('global flags work before or after the subcommand: --tool-versions, --toolchain-path and the seed-era --tools-dir', async () => {
  const tv = path.join(p.dir, 'other.tool-versions');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(tv, 'acme/exiter 1.0.0\n');
  const r = await p.run(['toolchain', '--tool-versions', tv, '--toolchain-path', 'tools', 'install']);
  assert.equal(r.code, 0, r.stderr);
  const bin = path.join(p.dir, 'tools', 'bin', 'acme', 'exiter', '1.0.0', 'exiter');
  assert.ok(existsSync(bin));
  const which = await p.run(['toolchain', 'which', 'exiter', '--tool-versions', tv, '--tools-dir', 'tools']);
  assert.equal(which.stdout.trim(), bin);
  const envVar = await p.run(['toolchain', 'path'], { ATMOS_TOOLCHAIN_PATH: path.join(p.dir, 'tools'), ATMOS_TOOL_VERSIONS: tv });
  assert.equal(envVar.stdout.trim(), path.dirname(bin), 'ATMOS_TOOLCHAIN_PATH and ATMOS_TOOL_VERSIONS are the env forms');
  const rel = await p.run(['toolchain', 'path', '--relative', '--toolchain-path', 'tools', '--tool-versions', tv]);
  assert.equal(rel.stdout, `${path.join('tools', 'bin', 'acme', 'exiter', '1.0.0')}\n`);
  const bad = await p.run(['toolchain', 'install', '--max-concurrency', '0']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /invalid value "0" for --max-concurrency/);
});

test('--tools-config adds a standalone tools.yaml (aliases and tools); --github-token is sent to the GitHub API', async () => {
  const { writeFileSync } = await import('node:fs');
  const file = path.join(p.dir, 'tools.yaml');
  writeFileSync(
    file,
    YAML.stringify({
      aliases: { other: 'acme/other' },
      tools: { 'acme/other': { type: 'github_release', version_prefix: 'v', asset: 'other_{{.OS}}_{{.Arch}}', format: 'raw', binary_name: 'other' } },
    }),
  );
  const info = await p.run(['toolchain', 'info', 'other@2.0.0', '--tools-config', file, '-f', 'json']);
  assert.equal(info.code, 0, info.stderr);
  assert.equal((JSON.parse(info.stdout) as { asset: string }).asset, 'other_linux_amd64');
  const without = await p.run(['toolchain', 'info', 'other@2.0.0']);
  assert.notEqual(without.code, 0, 'only known through --tools-config');

  p.up.resetCounts();
  const get = await p.run(['toolchain', 'get', 'hello', '--all', '--github-token', 'flag-token-123']);
  assert.equal(get.code, 0, get.stderr);
  const api = p.up.requests.filter((r) => r.path.startsWith('/api/'));
  assert.ok(api.length > 0);
  assert.ok(
    api.every((r) => r.authorization?.includes('flag-token-123')),
    JSON.stringify(api),
  );
  assert.doesNotMatch(get.stdout + get.stderr, /flag-token-123/);
});

test('install --default installs and makes the version the only pin', async () => {
  p.writeToolVersions('hello 1.0.0 0.9.0\n');
  const r = await p.run(['toolchain', 'install', '--default', 'hello@1.2.0']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(path.join(p.dir, '.tool-versions'), 'utf8'), 'hello 1.2.0\n');
  assert.ok(existsSync(path.join(p.installRoot, 'bin', 'acme', 'hello', '1.2.0', 'hello')));
});

test('get lists configured versions newest first; get --all lists upstream releases in semver order', async () => {
  p.writeToolVersions('hello 1.0.0 1.10.0 1.2.0\n');
  const configured = JSON.parse((await p.run(['toolchain', 'get', 'hello', '-f', 'json'])).stdout) as { default: string; versions: string[] };
  assert.deepEqual(configured, { tool: 'hello', default: '1.0.0', versions: ['1.10.0', '1.2.0', '1.0.0'] });
  const all = await p.run(['toolchain', 'get', 'hello', '--all']);
  assert.equal(all.code, 0, all.stderr);
  assert.deepEqual(all.stdout.trim().split('\n'), ['1.10.0', '1.2.0', '1.0.0', '0.9.0']);
  const limited = await p.run(['toolchain', 'get', 'hello', '--all', '--limit', '2', '--prerelease']);
  assert.deepEqual(limited.stdout.trim().split('\n'), ['2.0.0-rc.1', '1.10.0']);
});

test('info resolves github_release and http tools for any platform without downloading anything', async () => {
  p.up.resetCounts();
  const linux = JSON.parse((await p.run(['toolchain', 'info', 'hello@1.2.0', '-f', 'json'])).stdout) as Record<string, unknown>;
  assert.equal(linux.platform, 'linux_amd64');
  assert.equal(linux.url, `${p.up.serverUrl}/acme/hello/releases/download/v1.2.0/hello_1.2.0_linux_amd64.tar.gz`);
  assert.equal(linux.format, 'tar.gz');
  assert.deepEqual(linux.files, [{ name: 'hello', src: 'hello_1.2.0/hello' }]);
  assert.match(String(linux.checksum_source), /sha256 from .*hello_1\.2\.0_checksums\.txt/);

  const win = await p.run(['toolchain', 'info', 'web@3.1.0', '--platform', 'windows/amd64']);
  assert.equal(win.code, 0, win.stderr);
  assert.match(win.stdout, /^Platform:\s+windows\/amd64$/m);
  assert.match(win.stdout, new RegExp(`^URL:\\s+${p.up.downloadUrl}/dl/webtool/3\\.1\\.0/webtool_3\\.1\\.0_windows_amd64\\.zip$`, 'm'));
  assert.match(win.stdout, /^Files:\s+webtool\.exe/m);
  assert.match(win.stdout, /^Type:\s+http$/m);

  const yaml = YAML.parse((await p.run(['toolchain', 'info', 'acme/hello@1.0.0', '--platform', 'darwin/arm64', '-f', 'yaml'])).stdout) as Record<
    string,
    unknown
  >;
  assert.equal(yaml.asset, 'hello_1.0.0_darwin_arm64.tar.gz');
  assert.equal(p.up.requests.length, 0, `info made requests: ${JSON.stringify(p.up.requests)}`);
});

test('lock records several platforms in toolchain.lock.yaml', async () => {
  p.writeToolVersions('hello 1.2.0\n');
  const r = await p.run(['toolchain', 'lock', '--platform', 'linux/amd64', '--platform', 'darwin/arm64', '--platform', 'windows/amd64']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /3 locked, 0 unsupported, 0 failed/);
  const lock = YAML.parse(readFileSync(path.join(p.dir, 'toolchain.lock.yaml'), 'utf8')) as {
    tools: Record<string, { versions: Record<string, { platforms: Record<string, { url: string; checksum: string }> }> }>;
  };
  const platforms = lock.tools['acme/hello'].versions['1.2.0'].platforms;
  assert.deepEqual(Object.keys(platforms).sort(), ['darwin_arm64', 'linux_amd64', 'windows_amd64']);
  assert.match(platforms.windows_amd64.url, /hello_1\.2\.0_windows_amd64\.tar\.gz$/);
  assert.match(platforms.darwin_arm64.checksum, /^[0-9a-f]{64}$/);
});

test('install reports a failure with tool, version, platform, URL and reason, and exits non-zero', async () => {
  p.writeToolVersions('hello 7.7.7\n');
  const r = await p.run(['toolchain', 'install']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /failed to install acme\/hello 7\.7\.7 for linux_amd64 from \S+hello_7\.7\.7_linux_amd64\.tar\.gz/);
  assert.match(r.stderr, /404/);
  assert.match(r.stderr, /0 installed, 0 already installed, 1 failed/);
});

test('a malformed .tool-versions fails with file:line', async () => {
  p.writeToolVersions('hello 1.0.0\n\nweb\n');
  const r = await p.run(['toolchain', 'install']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /\.tool-versions:3: invalid line "web" \(missing version\)/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  const list = await p.run(['toolchain', 'list']);
  assert.notEqual(list.code, 0);
  assert.match(list.stderr, /\.tool-versions:3/);
});

test('an unknown tool is a clear error without a stack trace', async () => {
  p.writeToolVersions('');
  for (const args of [
    ['install', 'nosuchtool@1.0.0'],
    ['info', 'nosuchtool'],
    ['exec', 'nosuchtool', '--', '-v'],
  ]) {
    const r = await p.run(['toolchain', ...args]);
    assert.notEqual(r.code, 0, args.join(' '));
    assert.match(r.stderr, /nosuchtool/);
    assert.match(r.stderr, /not found|unknown/i);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
  const spec = await p.run(['toolchain', 'install', 'hello@1@2']);
  assert.match(spec.stderr, /invalid tool "hello@1@2"/);
});

test('du totals the installed versions; clean --dry-run deletes nothing, clean --cache-only keeps the tools', async () => {
  const du = JSON.parse((await p.run(['toolchain', 'du', '-f', 'json'])).stdout) as { totalBytes: number; tools: { tool: string }[] };
  assert.ok(du.tools.some((t) => t.tool === 'acme/hello'));
  assert.ok(du.totalBytes > 0);
  const dry = await p.run(['toolchain', 'clean', '--dry-run']);
  assert.match(dry.stdout, /would delete .*bin/);
  assert.ok(existsSync(path.join(p.installRoot, 'bin', 'acme', 'hello', '1.2.0', 'hello')));
  await p.run(['toolchain', 'clean', '--cache-only']);
  assert.ok(existsSync(path.join(p.installRoot, 'bin', 'acme', 'hello', '1.2.0', 'hello')));
});

test('uninstall removes one version; --all removes every installed tool', async () => {
  p.writeToolVersions('hello 1.0.0\n');
  const one = await p.run(['toolchain', 'uninstall', 'hello@1.0.0']);
  assert.equal(one.code, 0, one.stderr);
  assert.ok(!existsSync(path.join(p.installRoot, 'bin', 'acme', 'hello', '1.0.0')));
  assert.ok(existsSync(path.join(p.installRoot, 'bin', 'acme', 'hello', '1.2.0')));
  const all = await p.run(['toolchain', 'uninstall', '--all']);
  assert.equal(all.code, 0, all.stderr);
  const list = JSON.parse((await p.run(['toolchain', 'list', '--installed-only', '-f', 'json'])).stdout) as unknown[];
  assert.deepEqual(list, []);
});
