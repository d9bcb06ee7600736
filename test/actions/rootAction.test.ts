import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import YAML from 'yaml';
import { isAlive } from '../../src/common/process.js';
import { providersBaseFrom, terraformInit } from '../../demo/terraformLike.js';
import { tarGz } from '../support/archives.js';
import { startGithubUpstream } from '../support/githubUpstream.js';
import { rootAction } from '../../src/actions/root/action.js';
import { makeRunnerDirs, runAction } from '../support/actionRunner.js';
import { tempDir } from '../support/tmp.js';
import { runPhase, SRC_CLI } from '../support/recordingIO.js';
import { startStandIns } from '../support/actionStandIns.js';

const bundle = path.resolve(import.meta.dirname, '..', '..', 'dist', 'action', 'index.js');
const up = await startGithubUpstream();
after(() => up.close());
const { cacheService, upstreams, trackPid } = await startStandIns();

const os = process.platform === 'darwin' ? 'darwin' : 'linux';
const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
up.addFile(
  `/acme/terraform/1.9.8/terraform_1.9.8_${os}_${arch}.tar.gz`,
  tarGz([{ name: 'terraform', body: '#!/bin/sh\necho terraform 1.9.8\n', mode: 0o755 }]),
);

function workspace() {
  const dirs = makeRunnerDirs(tempDir('atmos-root-'));
  const tools = {
    'acme/terraform': {
      type: 'http',
      url: `${up.downloadUrl}/acme/terraform/{{trimV .Version}}/terraform_{{trimV .Version}}_{{.OS}}_{{.Arch}}.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'terraform' }],
    },
  };
  writeFileSync(path.join(dirs.workspace, 'atmos.yaml'), YAML.stringify({ toolchain: { registries: [{ type: 'atmos', tools }] } }));
  writeFileSync(path.join(dirs.workspace, '.tool-versions'), 'terraform 1.9.8\n');
  return { dirs, env: { ...cacheService.env, ATMOS_XDG_CACHE_HOME: path.join(dirs.root, 'xdg'), GITHUB_RUN_ID: String(Date.now()) } };
}

const mirrorInputs = { mirror: 'true', 'mirror-upstreams': upstreams };

/** The action's phases over src/, spawning the CLI from src/ too. */
const action = rootAction(SRC_CLI);

describe('root action (in-process over src/; the first test over dist/)', () => {
  it('one step installs the tools, starts the registry cache; post stops it, reports and saves the cache root', async () => {
    const { dirs, env } = workspace();
    const main = await runAction(bundle, dirs, { env, inputs: { ...mirrorInputs, cache: 'true' }, timeoutMs: 60_000 });
    trackPid(main.state['mirror-pid']);
    assert.equal(main.code, 0, main.stdout + main.stderr);
    const tools = JSON.parse(main.outputs.tools) as { name: string; version: string; path: string }[];
    assert.deepEqual(
      tools.map((t) => `${t.name}@${t.version}`),
      ['terraform@1.9.8'],
    );
    assert.deepEqual(main.pathAdded, [tools[0].path]);
    assert.equal(main.outputs['cache-hit'], 'false');
    assert.match(main.outputs['cache-key'], /^atmos-cache-\w+-\w+-[0-9a-f]{16}$/);
    // actions/cache's names, besides ours.
    assert.equal(main.outputs['cache-primary-key'], main.outputs['cache-key']);
    assert.equal(main.outputs['cache-matched-key'], '');
    // cache: true holds tools and registry objects, so their own caches (and groups) are off.
    for (const g of ['Restore the cache root', 'Install the tools', 'Start the registry cache proxy']) {
      assert.match(main.stdout, new RegExp(`::group::${g}`), g);
    }
    assert.equal((main.stdout.match(/::group::/g) ?? []).length, (main.stdout.match(/::endgroup::/g) ?? []).length, 'groups are closed, never nested');
    assert.match(main.summary, /### Toolchain[\s\S]*\| terraform \| 1\.9\.8 \| registry \| no \|/);
    assert.equal(main.exported.TF_CLI_CONFIG_FILE, main.outputs['cli-config']);
    assert.ok(providersBaseFrom(main.outputs['cli-config']).startsWith(main.outputs['mirror-url']));
    await terraformInit(main.outputs['cli-config'], [{ ns: 'hashicorp', type: 'null' }]);

    const post = await runAction(bundle, dirs, { env, state: main.state, inputs: { ...mirrorInputs, cache: 'true' } });
    assert.equal(post.code, 0, post.stdout + post.stderr);
    assert.equal(isAlive(Number(main.state['mirror-pid'])), false, 'the proxy is stopped');
    assert.match(post.summary, /### Terraform registry cache/);
    assert.match(post.stdout, /::group::Stop the registry cache proxy[\s\S]*::group::Save the cache root/);
    assert.ok(
      cacheService.entries.some((e) => e.key === main.outputs['cache-key'] && e.finalized),
      'the cache root is saved',
    );

    // The next job restores it: cache-hit and cache-matched-key as actions/cache sets them.
    const next = workspace();
    const again = await runAction(bundle, next.dirs, { env: next.env, inputs: { cache: 'true' } });
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.equal(again.outputs['cache-hit'], 'true');
    assert.equal(again.outputs['cache-matched-key'], main.outputs['cache-key']);
  });

  it('after a failed job post still stops the proxy and reports, but on-success saves nothing', async () => {
    const { dirs, env } = workspace();
    const inputs = { ...mirrorInputs, cache: 'true', 'cache-key': 'failed-job-{{.OS}}', 'toolchain-cache': 'true' };
    const main = await runPhase(action, dirs, { env, inputs });
    trackPid(main.state['mirror-pid']);
    assert.equal(main.failed, undefined, main.text);
    assert.ok(main.state['toolchain-cache-key'], 'the toolchain save is left to post');
    await terraformInit(main.outputs['cli-config'], [{ ns: 'hashicorp', type: 'null' }]);
    const post = await runPhase(action, dirs, { env, state: main.state, inputs: { ...inputs, 'job-status': 'failure' } });
    assert.equal(post.failed, undefined, post.text);
    assert.equal(isAlive(Number(main.state['mirror-pid'])), false, 'the proxy is stopped');
    assert.match(post.summary, /### Terraform registry cache/);
    assert.match(post.text, /toolchain cache: not saved because the job status is failure/);
    assert.match(post.text, /cache root: not saved because the job status is failure/);
    assert.ok(!cacheService.entries.some((e) => e.key === main.outputs['cache-key'] || e.key === main.state['toolchain-cache-key']), 'nothing saved');
  });

  it('without mirror the post step has nothing to stop', async () => {
    const { dirs, env } = workspace();
    const main = await runPhase(action, dirs, { env, inputs: { 'toolchain-cache': 'false' } });
    assert.equal(main.failed, undefined, main.text);
    assert.equal(main.outputs['mirror-url'], undefined);
    assert.equal(main.exported.TF_CLI_CONFIG_FILE, undefined);
    const post = await runPhase(action, dirs, { env, state: main.state });
    assert.equal(post.failed, undefined, post.text);
  });
});
