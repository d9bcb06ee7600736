import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AtmosError } from '../../src/common/errors.js';
import { applyOverrides, loadConfig } from '../../src/config/load.js';
import { parseDuration } from '../../src/config/schemaDsl.js';
import { tempDir } from '../helpers/tmp.js';

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
    const dir = writeConfig(`toolchain:\n  install-dir: .tools\n  aliases:\n    tf: hashicorp/terraform\nci:\n  cache:\n    enabled: true\n    auto: both\nuse: 1.10\n`);
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
      env: { ATMOS_TOOLCHAIN_INSTALL_PATH: 'from-env', ATMOS_CI_CACHE_ENABLED: 'true', ATMOS_TF_CACHE_UPSTREAMS: '{"registry.terraform.io":"http://127.0.0.1:1"}' },
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
    assert.match(cfg.warnings[0].message, /unknown key/);
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
});
