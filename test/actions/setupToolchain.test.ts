import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import YAML from 'yaml';
import { tarGz } from '../support/archives.js';
import { startGithubUpstream } from '../support/githubUpstream.js';
import { startCacheService } from '../support/cacheService.js';
import { setupToolchainAction } from '../../src/actions/setup-toolchain/action.js';
import { makeRunnerDirs, runAction, type RunnerDirs } from '../support/actionRunner.js';
import { tempDir } from '../support/tmp.js';
import { runPhase } from '../support/recordingIO.js';

const bundle = path.resolve(import.meta.dirname, '..', '..', 'dist', 'setup-toolchain', 'index.js');
const up = await startGithubUpstream();
after(() => up.close());
const cacheService = await startCacheService();
after(() => cacheService.close());

const os = process.platform === 'darwin' ? 'darwin' : 'linux';
const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
const nodeArch = process.arch;
// Plain download host (type: http): GITHUB_SERVER_URL stays github.com, so @actions/cache
// does not take the runner for GHES (which has no Cache Service v2).
function publish(repo: string, version: string): void {
  const body = tarGz([{ name: repo, body: `#!/bin/sh\necho "${repo} ${version}"\n`, mode: 0o755 }]);
  up.addFile(`/acme/${repo}/${version}/${repo}_${version}_${os}_${arch}.tar.gz`, body);
}
function httpRegistry(): Record<string, unknown> {
  const tools: Record<string, unknown> = {};
  for (const t of ['hello', 'greet']) {
    tools[`acme/${t}`] = {
      type: 'http',
      url: `${up.downloadUrl}/acme/${t}/{{trimV .Version}}/${t}_{{trimV .Version}}_{{.OS}}_{{.Arch}}.tar.gz`,
      format: 'tar.gz',
      files: [{ name: t }],
    };
  }
  return { type: 'atmos', tools };
}
publish('hello', '1.2.0');
publish('hello', '1.3.1');
publish('greet', '0.5.0');

let jobs = 0;
/** A fresh job: its own workspace with atmos.yaml + .tool-versions, cache root and run id. */
function job(toolVersions: string): { dirs: RunnerDirs; env: NodeJS.ProcessEnv } {
  const dirs = makeRunnerDirs(tempDir('atmos-setup-'));
  writeFileSync(path.join(dirs.workspace, 'atmos.yaml'), YAML.stringify({ toolchain: { registries: [httpRegistry()] } }));
  writeFileSync(path.join(dirs.workspace, '.tool-versions'), toolVersions);
  jobs++;
  return {
    dirs,
    env: { ATMOS_XDG_CACHE_HOME: path.join(dirs.root, 'xdg'), ATMOS_HTTP_RETRY_MIN_MS: '5', GITHUB_RUN_ID: String(500 + jobs) },
  };
}

describe('actions/setup-toolchain (in-process over src/; the first two over dist/)', () => {
  it('installs the pinned tools, adds the defaults to PATH, fills the tool cache and reports them', async () => {
    const { dirs, env } = job('hello 1.3.1 1.2.0\n');
    const run = await runAction(bundle, dirs, { env, inputs: { tools: 'greet@0.5.0', cache: 'false', 'github-token': 'ghs_secretvalue123' } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const tools = JSON.parse(run.outputs.tools) as { name: string; package: string; version: string; path: string }[];
    assert.deepEqual(tools.map((t) => `${t.package}@${t.version}`).sort(), ['acme/greet@0.5.0', 'acme/hello@1.2.0', 'acme/hello@1.3.1']);
    const root = run.outputs['install-root'];
    assert.equal(root, path.join(env.ATMOS_XDG_CACHE_HOME!, 'atmos', 'toolchain'));
    assert.equal(run.outputs['cache-hit'], 'false');
    // The default version first, then the extra tool; the non-default 1.2.0 is not on PATH.
    assert.deepEqual(run.pathAdded.reverse(), [path.join(root, 'bin/acme/hello/1.3.1'), path.join(root, 'bin/acme/greet/0.5.0')]);
    assert.equal(execFileSync(path.join(run.pathAdded[0], 'hello'), { encoding: 'utf8' }).trim(), 'hello 1.3.1');
    for (const [tool, v] of [
      ['hello', '1.3.1'],
      ['hello', '1.2.0'],
      ['greet', '0.5.0'],
    ]) {
      assert.ok(existsSync(path.join(dirs.toolCache, tool, v, nodeArch, tool)), `${tool} ${v} in the tool cache`);
      assert.ok(existsSync(path.join(dirs.toolCache, tool, v, `${nodeArch}.complete`)));
    }
    // The job summary: one row per tool version, downloaded through the (inline) registry.
    assert.match(
      run.summary,
      /^### Toolchain\n\n3 tool version\(s\) ready for \w+_\w+ in [\d.]+m?s: 3 downloaded, 0 from cache\. Install root: Actions cache off\./,
    );
    assert.match(run.summary, /\| Tool \| Version \| Source \| Cache hit \| Time \|/);
    for (const [tool, v] of [
      ['hello', '1.3.1'],
      ['hello', '1.2.0'],
      ['greet', '0.5.0'],
    ]) {
      assert.match(run.summary, new RegExp(`\\| ${tool} \\| ${v.replace(/\./g, '\\.')} \\| registry \\| no \\| \\d+(\\.\\d)?m?s \\|`));
    }
    // Each phase of the log is a group.
    assert.match(run.stdout, /::group::Install the tools \(\w+_\w+\)\n[\s\S]*::endgroup::/);
    assert.doesNotMatch(run.stdout, /Restore the toolchain cache/, 'no empty group when caching is off');
    assert.ok(run.masks.includes('ghs_secretvalue123'), 'the token is masked');
    assert.ok(!run.stdout.replace(/::add-mask::.*\n/g, '').includes('ghs_secretvalue123'));
  });

  it('a self-hosted runner that kept its tool cache but not its home reinstalls nothing', async () => {
    const first = job('hello 1.3.1\ngreet 0.5.0\n');
    const a = await runAction(bundle, first.dirs, { env: first.env, inputs: { cache: 'false' } });
    assert.equal(a.code, 0, a.stdout + a.stderr);
    const second = job('hello 1.3.1\ngreet 0.5.0\n');
    const dirs = { ...second.dirs, toolCache: first.dirs.toolCache };
    up.resetCounts();
    const b = await runAction(bundle, dirs, { env: second.env, inputs: { cache: 'false' } });
    assert.equal(b.code, 0, b.stdout + b.stderr);
    assert.equal(up.count('/acme/'), 0, 'no download');
    assert.match(b.stdout, /acme\/hello 1\.3\.1: taken from the runner tool cache/);
    assert.match(b.summary, /\| hello \| 1\.3\.1 \| cache \| runner tool cache \|/);
    assert.notEqual(b.outputs['install-root'], a.outputs['install-root']);
    assert.equal(execFileSync(path.join(b.outputs['install-root'], 'bin/acme/hello/1.3.1/hello'), { encoding: 'utf8' }).trim(), 'hello 1.3.1');
  });

  it('a failed install names tool, version, platform, URL and reason, and fails the step', async () => {
    const { dirs, env } = job('hello 1.3.1\ngreet 9.9.9\n');
    const run = await runPhase(setupToolchainAction, dirs, { env, inputs: { cache: 'false' } });
    const error = run.failed ?? '';
    assert.match(error, /could not be installed/);
    assert.match(error, /greet 9\.9\.9 \(\w+_\w+\)/);
    assert.match(error, /from http:\/\/127\.0\.0\.1:\d+\/acme\/greet\/9\.9\.9\/greet_9\.9\.9_\w+_\w+\.tar\.gz/);
    assert.match(error, /404|not found|no release asset/i);
    assert.deepEqual(run.pathAdded, []);
    assert.equal(run.outputs.tools, undefined);
  });

  it('a cache miss saves in post; the next job restores the install root with no download', async () => {
    const first = job('hello 1.3.1\ngreet 0.5.0\n');
    const env1 = { ...first.env, ...cacheService.env };
    const main1 = await runPhase(setupToolchainAction, first.dirs, { env: env1 });
    assert.equal(main1.failed, undefined, main1.text);
    assert.equal(main1.outputs['cache-hit'], 'false');
    assert.match(main1.state['cache-key'], /^atmos-toolchain-\w+-\w+-[0-9a-f]{16}$/);
    const post1 = await runPhase(setupToolchainAction, first.dirs, { env: env1, state: main1.state });
    assert.equal(post1.failed, undefined, post1.text);
    assert.match(post1.text, /Cache saved/);
    assert.match(main1.text, /::group::Restore the toolchain cache\n[\s\S]*?::endgroup::\n::group::Install the tools/);
    assert.match(post1.text, /::group::Save the toolchain cache\n[\s\S]*Cache saved[\s\S]*::endgroup::/);
    assert.ok(cacheService.entries.some((e) => e.key === main1.state['cache-key'] && e.finalized));

    const second = job('hello 1.3.1\ngreet 0.5.0\n');
    const env2 = { ...second.env, ...cacheService.env };
    up.resetCounts();
    const main2 = await runPhase(setupToolchainAction, second.dirs, { env: env2 });
    assert.equal(main2.failed, undefined, main2.text);
    assert.equal(main2.outputs['cache-hit'], 'true');
    assert.equal(up.count('/acme/'), 0, 'nothing downloaded after an exact hit');
    assert.equal(execFileSync(path.join(main2.outputs['install-root'], 'bin/acme/hello/1.3.1/hello'), { encoding: 'utf8' }).trim(), 'hello 1.3.1');
    assert.equal(main2.state['cache-key'], undefined, 'no save after an exact hit');
    assert.match(main2.summary, /Install root: restored from the Actions cache \(exact key `atmos-toolchain-/);
    assert.match(main2.summary, /\| hello \| 1\.3\.1 \| cache \| Actions cache \|/);
    const post2 = await runPhase(setupToolchainAction, second.dirs, { env: env2, state: main2.state });
    assert.equal(post2.failed, undefined);
    assert.match(post2.text, /nothing to save/);
  });

  it('save: on-success saves nothing when the job failed after the install (the post step reads job-status)', async () => {
    const { dirs, env } = job('greet 0.5.0\n');
    const e = { ...env, ...cacheService.env };
    const main = await runPhase(setupToolchainAction, dirs, { env: e, inputs: { tools: 'hello@1.2.0' } });
    assert.equal(main.failed, undefined, main.text);
    assert.ok(main.state['cache-key']);
    const post = await runPhase(setupToolchainAction, dirs, { env: e, state: main.state, inputs: { tools: 'hello@1.2.0', 'job-status': 'failure' } });
    assert.equal(post.failed, undefined, post.text);
    assert.match(post.text, /toolchain cache: not saved because the job status is failure/);
    assert.ok(!cacheService.entries.some((e) => e.key === main.state['cache-key']), 'nothing saved under the key');
  });

  it('save: never skips the post save; an invalid save value fails clearly', async () => {
    const { dirs, env } = job('hello 1.2.0\n');
    const main = await runPhase(setupToolchainAction, dirs, { env: { ...env, ...cacheService.env }, inputs: { save: 'never', tools: 'hello@1.3.1' } });
    assert.equal(main.failed, undefined, main.text);
    assert.equal(main.state['cache-key'], undefined);
    const bad = await runPhase(setupToolchainAction, job('').dirs, { env, inputs: { save: 'sometimes' } });
    assert.ok(bad.failed);
    assert.match(bad.text, /invalid save "sometimes": expected "on-success" or "always" or "never"/);
  });
});
