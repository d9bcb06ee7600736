import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AtmosError } from '../../src/common/errors.js';
import { applyOverrides, configLoadStats, loadConfig } from '../../src/config/load.js';
import { parseDuration } from '../../src/config/schemaDsl.js';
import { editDistance, nearestKey } from '../../src/config/suggest.js';
import { ConsoleLogger } from '../../src/common/consoleLogger.js';
import { MemoryLogger } from '../support/memoryLogger.js';
import { tempDir } from '../support/tmp.js';

function writeConfig(text: string): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'atmos.yaml'), text);
  return dir;
}

describe('atmos.yaml loading', () => {
  it('applies defaults when there is no config file', () => {
    const dir = tempDir();
    const cfg = loadConfig({ cwd: dir, env: { XDG_CACHE_HOME: path.join(dir, 'xdg') } });
    assert.equal(cfg.file, undefined);
    assert.equal(cfg.values.toolchain.versions_file, '.tool-versions');
    assert.equal(cfg.values.toolchain.max_concurrency, 4);
    assert.equal(cfg.values.ci.cache.enabled, false);
    assert.equal(cfg.values.components.terraform.cache.metadata_ttl, 24 * 3600_000);
    assert.equal(cfg.cacheRoot, path.join(dir, 'xdg', 'atmos'));
  });

  it('ATMOS_XDG_CACHE_HOME beats XDG_CACHE_HOME', () => {
    const dir = tempDir();
    const cfg = loadConfig({ cwd: dir, env: { XDG_CACHE_HOME: '/a', ATMOS_XDG_CACHE_HOME: '/b' } });
    assert.equal(cfg.cacheRoot, path.resolve('/b/atmos'));
  });

  it('reads values, keeps version-like strings as written, and accepts seed-era aliases', () => {
    const dir = writeConfig(
      `toolchain:\n  install-dir: .tools\n  aliases:\n    tf: hashicorp/terraform\nci:\n  cache:\n    enabled: true\n    auto: both\nuse: 1.10\n`,
    );
    const cfg = loadConfig({ cwd: dir, env: {} });
    assert.equal(cfg.values.toolchain.install_path, '.tools');
    assert.deepEqual(cfg.values.toolchain.aliases, { tf: 'hashicorp/terraform' });
    assert.equal(cfg.values.ci.cache.auto, 'both');
    assert.equal(cfg.values.use, '1.10');
  });

  it('env beats the file, and flags beat env', () => {
    const dir = writeConfig(`toolchain:\n  install_path: from-file\nci:\n  cache:\n    enabled: false\n`);
    const cfg = loadConfig({
      cwd: dir,
      env: {
        ATMOS_TOOLCHAIN_INSTALL_PATH: 'from-env',
        ATMOS_CI_CACHE_ENABLED: 'true',
        ATMOS_TF_CACHE_UPSTREAMS: '{"registry.terraform.io":"http://127.0.0.1:1"}',
      },
    });
    assert.equal(cfg.values.toolchain.install_path, 'from-env');
    assert.equal(cfg.values.ci.cache.enabled, true);
    assert.deepEqual(cfg.values.components.terraform.cache.upstreams, { 'registry.terraform.io': 'http://127.0.0.1:1' });
    applyOverrides(cfg, { 'toolchain.install_path': 'from-flag' });
    assert.equal(cfg.values.toolchain.install_path, 'from-flag');
  });

  it('reports invalid values with file, line and what is allowed', () => {
    const dir = writeConfig(`ci:\n  cache:\n    enabled: maybe\n    auto: sometimes\ntoolchain:\n  max_concurrency: 0\n`);
    assert.throws(
      () => loadConfig({ cwd: dir, env: {} }),
      (err: unknown) => {
        assert.ok(err instanceof AtmosError);
        assert.equal(err.code, 'CONFIG_INVALID');
        assert.match(err.explanation!, /atmos\.yaml:3: ci\.cache\.enabled: "maybe" is not a boolean/);
        assert.match(err.explanation!, /atmos\.yaml:4: ci\.cache\.auto: "sometimes" is not allowed; use one of off, restore, save, both/);
        assert.match(err.explanation!, /atmos\.yaml:6: toolchain\.max_concurrency: 0 is too small/);
        return true;
      },
    );
  });

  it('reports YAML syntax errors with a line number', () => {
    const dir = writeConfig(`toolchain:\n  aliases: [unclosed\n`);
    assert.throws(() => loadConfig({ cwd: dir, env: {} }), /atmos\.yaml is invalid/);
  });

  it('names the env var when an env value is invalid', () => {
    const dir = tempDir();
    assert.throws(
      () => loadConfig({ cwd: dir, env: { ATMOS_CI_CACHE_AUTO: 'never' } }),
      (err: unknown) => err instanceof AtmosError && /env ATMOS_CI_CACHE_AUTO: ci\.cache\.auto: "never" is not allowed/.test(err.explanation!),
    );
  });

  it('warns about unknown keys in our own sections', () => {
    const dir = writeConfig(`ci:\n  cache:\n    enabeld: true\n`);
    const cfg = loadConfig({ cwd: dir, env: {} });
    assert.equal(cfg.warnings.length, 1);
    assert.equal(cfg.warnings[0].line, 3);
    assert.match(cfg.warnings[0].message, /unknown key; did you mean "enabled"\?/);
  });

  it('prints the file once, then one row per warning in line order, and only once per logger', () => {
    // The file's order (ci, components, toolchain) differs from the order the schema is walked in.
    const dir = writeConfig(
      `ci:\n  cache:\n    enabeld: true\n    zzzzzz: 1\ncomponents:\n  terraform:\n    cache:\n      metadata-ttl: 1h\ntoolchain:\n  versions_fiel: .tv\n`,
    );
    const logger = new MemoryLogger();
    const cfg = loadConfig({ cwd: dir, env: {}, logger });
    loadConfig({ cwd: dir, env: {}, logger });
    assert.deepEqual(
      cfg.warnings.map((w) => w.line),
      [3, 4, 8, 10],
    );
    const warns = logger.records.filter((r) => r.level === 'warn');
    assert.equal(warns.length, 1, 'one message for the file, not repeated by a second load');
    assert.equal(
      warns[0].message,
      [
        '4 warnings',
        '  line 3: ci.cache.enabeld: unknown key; did you mean "enabled"?',
        '  line 4: ci.cache.zzzzzz: unknown key; known keys here: enabled, auto, root, paths, key, restore_keys, backend, dir, store',
        '  line 8: components.terraform.cache.metadata-ttl: unknown key; did you mean "metadata_ttl"?',
        '  line 10: toolchain.versions_fiel: unknown key; did you mean "versions_file"?',
      ].join('\n'),
    );
    assert.deepEqual(warns[0].annotation, { file: 'atmos.yaml', line: undefined });
    // On a terminal the logger puts the file in front, once.
    const out: string[] = [];
    const terminal = new ConsoleLogger({
      level: 'info',
      stream: { write: (t: string) => out.push(t) } as unknown as NodeJS.WriteStream,
      tty: false,
      githubAnnotations: false,
    });
    loadConfig({ cwd: dir, env: {}, logger: terminal });
    assert.equal(out.join('').match(/atmos\.yaml/g)?.length, 1, out.join(''));
    assert.match(out.join(''), /^warning: atmos\.yaml: 4 warnings\n  line 3: ci\.cache\.enabeld/);
  });

  it('a single warning is one line, file and line named once', () => {
    const dir = writeConfig(`ci:\n  cache:\n    enabeld: true\n`);
    const out: string[] = [];
    const terminal = new ConsoleLogger({
      level: 'info',
      stream: { write: (t: string) => out.push(t) } as unknown as NodeJS.WriteStream,
      tty: false,
      githubAnnotations: false,
    });
    loadConfig({ cwd: dir, env: {}, logger: terminal });
    assert.equal(out.join(''), 'warning: atmos.yaml:3: ci.cache.enabeld: unknown key; did you mean "enabled"?\n');
  });

  it('suggests only near keys (a swapped pair of letters is one edit)', () => {
    assert.equal(editDistance('enabeld', 'enabled'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(nearestKey('restore-keys', ['restore_keys', 'key']), 'restore_keys');
    assert.equal(nearestKey('mod', ['mode', 'hosts']), 'mode');
    assert.equal(nearestKey('xyz', ['mode', 'hosts']), undefined);
  });

  it('discovers the config from --config, ATMOS_CLI_CONFIG_PATH, then the current directory', () => {
    const a = writeConfig(`use: "1.0.0"\n`);
    const b = writeConfig(`use: "2.0.0"\n`);
    const c = writeConfig(`use: "3.0.0"\n`);
    assert.equal(loadConfig({ cwd: c, env: {} }).values.use, '3.0.0');
    assert.equal(loadConfig({ cwd: c, env: { ATMOS_CLI_CONFIG_PATH: b } }).values.use, '2.0.0');
    assert.equal(loadConfig({ cwd: c, configPath: path.join(a, 'atmos.yaml'), env: { ATMOS_CLI_CONFIG_PATH: b } }).values.use, '1.0.0');
    const missing = path.join(c, 'nope.yaml');
    assert.throws(() => loadConfig({ cwd: c, configPath: missing, env: {} }), /does not exist/);
  });

  it('locates keys for engine-level errors', () => {
    const dir = writeConfig(`toolchain:\n  registries:\n    - type: aqua\n      source: ./reg\n`);
    mkdirSync(path.join(dir, 'reg'));
    const cfg = loadConfig({ cwd: dir, env: {} });
    assert.equal(cfg.locate(['toolchain', 'registries', 0, 'source']).line, 4);
  });

  it('parses Go-style durations', () => {
    assert.equal(parseDuration('24h'), 86_400_000);
    assert.equal(parseDuration('1h30m'), 5_400_000);
    assert.equal(parseDuration('90'), 90_000);
    assert.equal(parseDuration('soon'), undefined);
  });

  it('a process parses the same atmos.yaml once; an edit or another environment is read again; callers get their own values', () => {
    const dir = writeConfig('toolchain:\n  max_concurrency: 3\n');
    const env = { XDG_CACHE_HOME: path.join(dir, 'xdg') };
    const parses = configLoadStats.parses;
    const first = loadConfig({ cwd: dir, env });
    const second = loadConfig({ cwd: dir, env: { ...env } });
    assert.equal(configLoadStats.parses - parses, 1, 'the second load reused the first');
    applyOverrides(first, { 'toolchain.max_concurrency': 9 });
    assert.equal(second.values.toolchain.max_concurrency, 3, 'one caller’s overrides do not leak into another’s copy');
    assert.equal(loadConfig({ cwd: dir, env }).values.toolchain.max_concurrency, 3);
    assert.equal(loadConfig({ cwd: dir, env: { ...env, ATMOS_TOOLCHAIN_MAX_CONCURRENCY: '5' } }).values.toolchain.max_concurrency, 5);
    writeFileSync(path.join(dir, 'atmos.yaml'), 'toolchain:\n  max_concurrency: 2\n');
    assert.equal(loadConfig({ cwd: dir, env }).values.toolchain.max_concurrency, 2);
    assert.equal(configLoadStats.parses - parses, 3);
  });
});
