import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isAlive } from '../../src/common/process.js';
import { terraformInit } from '../../demo/terraformLike.js';
import { TerraformClient } from '../support/terraformClient.js';
import { tfMirrorAction } from '../../src/actions/tf-mirror/action.js';
import { waitFor } from '../../src/mirror/supervisor.js';
import { makeRunnerDirs, runAction, type RunnerDirs } from '../support/actionRunner.js';
import { tempDir } from '../support/tmp.js';
import { runPhase, SRC_CLI, type RecordingIO } from '../support/recordingIO.js';
import { startStandIns } from '../support/actionStandIns.js';

const bundle = path.resolve(import.meta.dirname, '..', '..', 'dist', 'tf-mirror', 'index.js');
const { registry, cacheService, upstreams, trackPid } = await startStandIns();

let jobs = 0;
function job(extraEnv: NodeJS.ProcessEnv = {}): { dirs: RunnerDirs; env: NodeJS.ProcessEnv } {
  const dirs = makeRunnerDirs(tempDir('atmos-tfm-'));
  jobs++;
  return { dirs, env: { ATMOS_XDG_CACHE_HOME: path.join(dirs.root, 'xdg'), GITHUB_RUN_ID: String(900 + jobs), ...extraEnv } };
}

const inputs = { upstreams, cache: 'false' };

/** The action's phases over src/, spawning the CLI from src/ too. */
const action = tfMirrorAction(SRC_CLI);

async function main(dirs: RunnerDirs, env: NodeJS.ProcessEnv, extra: Record<string, string> = {}): Promise<RecordingIO> {
  const run = await runPhase(action, dirs, { env, inputs: { ...inputs, ...extra } });
  trackPid(run.state['mirror-pid']);
  return run;
}

function post(dirs: RunnerDirs, env: NodeJS.ProcessEnv, m: RecordingIO, extra: Record<string, string> = {}): Promise<RecordingIO> {
  return runPhase(action, dirs, { env, inputs: { ...inputs, ...extra }, state: m.state });
}

/** `terraform init` of a configuration needing hashicorp/null, through TF_CLI_CONFIG_FILE. */
async function init(cliConfigFile: string): Promise<string> {
  const [r] = await terraformInit(cliConfigFile, [{ ns: 'hashicorp', type: 'null' }]);
  return r.version;
}

describe('actions/tf-mirror (in-process over src/, one smoke test over dist/)', () => {
  it('smoke test of the bundle (dist/tf-mirror): main starts a detached proxy, terraform runs through it, post stops it and writes the report', async () => {
    const { dirs, env } = job();
    const m = await runAction(bundle, dirs, { env, inputs, timeoutMs: 60_000 });
    trackPid(m.state['mirror-pid']);
    assert.equal(m.code, 0, m.stdout + m.stderr);
    const pid = Number(m.state['mirror-pid']);
    assert.ok(isAlive(pid), 'the proxy outlives the main step');
    const cliConfig = m.exported.TF_CLI_CONFIG_FILE;
    assert.equal(cliConfig, m.outputs['cli-config']);
    assert.equal(m.exported.TOFU_CLI_CONFIG_FILE, cliConfig);
    assert.ok(cliConfig.startsWith(dirs.temp), 'the CLI config lives in RUNNER_TEMP');
    assert.match(m.outputs.url, /^http:\/\/127\.0\.0\.1:\d+\/[^/]+\/$/);
    const secret = new URL(m.outputs.url).pathname.split('/')[1];
    assert.ok(m.masks.includes(secret), 'the per-run secret path is masked');

    const before = registry.count('.zip');
    assert.equal(await init(cliConfig), '3.2.4');
    assert.equal(await init(cliConfig), '3.2.4');
    assert.equal(registry.count('.zip') - before, 1, 'the second init is served from the cache');

    const p = await runAction(bundle, dirs, { env, inputs, state: m.state });
    assert.equal(p.code, 0, p.stdout + p.stderr);
    assert.equal(isAlive(pid), false, 'no process is left behind');
    assert.match(p.stdout, /Registry cache: .* served from cache \(\d+ hits?\); .* downloaded \([1-9]\d* objects? added\)/);
    assert.match(p.summary, /### Terraform registry cache/);
    assert.match(p.summary, /\| Cache hits \| [1-9]\d* \|/);
    assert.match(p.summary, /\| Hit ratio \| \d+% \([1-9]\d* of [1-9]\d* requests\) \|/);
    assert.match(p.summary, /\| Saved \(served from cache\) \| [1-9][\d.]* kB \|/);
    // One row per provider version: the first init downloaded the zip, the second was served from the cache.
    assert.match(
      p.summary,
      /#### Providers and modules[\s\S]*\| provider \| registry\.terraform\.io\/hashicorp\/null 3\.2\.4 \| 1 \| 1 \| [\d.]+ kB \| [\d.]+ kB \|/,
    );
    assert.doesNotMatch(p.summary, /Why upstream requests failed/);
    // Each phase's log is one group; the report line is inside post's group.
    assert.match(m.stdout, /::group::Start the registry cache proxy\n[\s\S]*::endgroup::/);
    assert.match(p.stdout, /::group::Stop the registry cache proxy\nRegistry cache: [^\n]*\n::endgroup::/);
  });

  it('the summary says why upstream requests failed', async () => {
    const { dirs, env } = job();
    const m = await main(dirs, env);
    assert.equal(m.failed, undefined, m.text);
    registry.outage = '5xx';
    try {
      await assert.rejects(init(m.exported.TF_CLI_CONFIG_FILE));
    } finally {
      registry.outage = false;
    }
    const p = await post(dirs, env, m);
    assert.equal(p.failed, undefined, p.text);
    assert.match(p.summary, /\| Upstream errors \| [1-9]\d* \|/);
    // The first failing request names its subject: service discovery of the host when the
    // proxy has none cached yet, else the provider (which one depends on what ran before).
    assert.match(p.summary, /\*\*Why upstream requests failed\*\*\n\n- [^\n]*(hashicorp\/null|registry\.terraform\.io service discovery)[^\n]*HTTP 503/);
  });

  it('mirror mode exports SSL_CERT_FILE so terraform trusts the https network mirror', async () => {
    const { dirs, env } = job();
    const m = await main(dirs, env, { mode: 'mirror' });
    assert.equal(m.failed, undefined, m.text);
    const bundlePem = m.exported.SSL_CERT_FILE;
    assert.ok(bundlePem, 'SSL_CERT_FILE is exported on Linux');
    const text = readFileSync(m.exported.TF_CLI_CONFIG_FILE, 'utf8');
    const mirrorUrl = /network_mirror\s*\{[^}]*url\s*=\s*"([^"]+)"/.exec(text)?.[1];
    assert.ok(mirrorUrl?.startsWith('https://127.0.0.1:'), text);
    if (!mirrorUrl) return;
    const client = new TerraformClient({ ca: readFileSync(bundlePem, 'utf8') });
    try {
      const r = await client.installProviderMirror(mirrorUrl, 'registry.terraform.io', 'hashicorp', 'null', { os: 'linux', arch: 'amd64' });
      assert.equal(r.version, '3.2.4');
    } finally {
      await client.close();
    }
    const p = await post(dirs, env, m, { mode: 'mirror' });
    assert.equal(p.failed, undefined, p.text);
    assert.equal(isAlive(Number(m.state['mirror-pid'])), false);
  });

  it('parallel terraform runs in the job share the one proxy', async () => {
    const { dirs, env } = job();
    const m = await main(dirs, env);
    assert.equal(m.failed, undefined, m.text);
    const cliConfig = m.exported.TF_CLI_CONFIG_FILE;
    const before = registry.count('.zip');
    const results = await Promise.all([1, 2, 3, 4].map(() => init(cliConfig)));
    assert.deepEqual(results, ['3.2.4', '3.2.4', '3.2.4', '3.2.4']);
    assert.equal(registry.count('.zip') - before, 1, 'one proxy, one fill: upstream served the provider once');
    const p = await post(dirs, env, m);
    assert.equal(p.failed, undefined);
    assert.equal(isAlive(Number(m.state['mirror-pid'])), false);
    // The one proxy's report counts the provider requests of all four runs.
    const row = /\| provider \| registry\.terraform\.io\/hashicorp\/null 3\.2\.4 \| (\d+) \| (\d+) \|/.exec(p.summary);
    assert.ok(row, p.summary);
    assert.equal(Number(row[1]) + Number(row[2]), 4, `hits + misses of the one proxy: ${row[0]}`);
  });

  it('post reports a proxy that died during the job, with its last log lines', async () => {
    const { dirs, env } = job();
    const m = await main(dirs, env);
    assert.equal(m.failed, undefined, m.text);
    const pid = Number(m.state['mirror-pid']);
    process.kill(pid, 'SIGKILL');
    // In-process the test is the proxy's parent: wait until it is reaped (on a runner the main step has exited and init reaps it).
    await waitFor(() => (isAlive(pid) ? undefined : true), 5000);
    const p = await post(dirs, env, m);
    assert.equal(p.failed, undefined, 'a dead proxy is a warning, not a failed post step');
    assert.match(p.text, /::warning::The registry cache proxy \(pid \d+\) died during the job/);
    assert.match(p.text, /Last lines of its log:\n[\s\S]*listening on 127\.0\.0\.1/);
  });

  it('a bad input fails main clearly and leaves nothing running', async () => {
    const { dirs, env } = job();
    const m = await main(dirs, env, { mode: 'socks' });
    assert.match(m.failed ?? '', /invalid mode "socks": expected "registry" or "mirror"/);
    assert.equal(m.state['mirror-pid'], undefined);
  });

  it('the registry cache is saved when objects were added and restored by the next job', async () => {
    const first = job(cacheService.env);
    const m1 = await main(first.dirs, first.env, { cache: 'true' });
    assert.equal(m1.failed, undefined, m1.text);
    assert.equal(m1.outputs['cache-hit'], 'false');
    await init(m1.exported.TF_CLI_CONFIG_FILE);
    const p1 = await post(first.dirs, first.env, m1, { cache: 'true' });
    assert.equal(p1.failed, undefined, p1.text);
    assert.match(p1.text, /Cache saved \(key: atmos-registry-\w+-\w+-nolock-\d+-1\)/);

    const second = job(cacheService.env);
    const m2 = await main(second.dirs, second.env, { cache: 'true' });
    assert.equal(m2.failed, undefined, m2.text);
    assert.equal(m2.outputs['cache-hit'], 'true');
    const before = registry.count('.zip');
    await init(m2.exported.TF_CLI_CONFIG_FILE);
    assert.equal(registry.count('.zip'), before, 'the provider came from the restored cache');
    const p2 = await post(second.dirs, second.env, m2, { cache: 'true' });
    assert.equal(p2.failed, undefined);
    assert.match(p2.text, /no new objects this job; nothing to save/);
  });

  it('after a failed job the proxy is still stopped and reported, but save: on-success saves nothing', async () => {
    cacheService.reset(); // no entry from an earlier test to restore: this job adds objects
    const { dirs, env } = job(cacheService.env);
    const m = await main(dirs, env, { cache: 'true' });
    assert.equal(m.failed, undefined, m.text);
    await init(m.exported.TF_CLI_CONFIG_FILE);
    const saved = cacheService.entries.length;
    const p = await post(dirs, env, m, { cache: 'true', 'job-status': 'failure' });
    assert.equal(p.failed, undefined, p.text);
    assert.equal(isAlive(Number(m.state['mirror-pid'])), false);
    assert.match(p.summary, /### Terraform registry cache/);
    assert.match(p.text, /registry cache: not saved because the job status is failure/);
    assert.equal(cacheService.entries.length, saved, 'no cache entry was created');
    // The same failed job with save: always keeps what the proxy fetched.
    const b = job(cacheService.env);
    const mb = await main(b.dirs, b.env, { cache: 'true', save: 'always' });
    await init(mb.exported.TF_CLI_CONFIG_FILE);
    const pb = await post(b.dirs, b.env, mb, { cache: 'true', 'job-status': 'failure', save: 'always' });
    assert.match(pb.text, /Cache saved \(key: atmos-registry-/);
  });
});
