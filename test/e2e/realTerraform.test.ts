import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it, test } from 'node:test';
import { isAlive } from '../../src/common/process.js';
import { startCacheService } from '../support/cacheService.js';
import { makeRunnerDirs, runAction } from '../support/actionRunner.js';
import { tempDir } from '../support/tmp.js';
import {
  atmosTerraform,
  HOST_PLATFORM,
  LOCK_PLATFORMS,
  MAIN_TF,
  PROVIDER_VERSION,
  run,
  startTerraformUpstreams,
  terraformEnv,
  terraformOnPath,
  writeProject,
  type ProcessRun,
  type TerraformUpstreams,
} from './realTerraform.js';

/**
 * The real `terraform` binary through the registry cache, in both modes, and through the root
 * action's main → terraform → post as a runner would run it. CI (.ci/run) refuses to start
 * without terraform on PATH, so there this file always runs; elsewhere it reports one skip.
 */
const MODES = ['registry', 'mirror'] as const;
const terraform = terraformOnPath();

const show = (r: ProcessRun): string => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

/** Module directories terraform installed, by module key, from .terraform/modules/modules.json. */
function installedModules(dir: string): Record<string, string> {
  const file = path.join(dir, '.terraform', 'modules', 'modules.json');
  const { Modules } = JSON.parse(readFileSync(file, 'utf8')) as { Modules: { Key: string; Dir: string }[] };
  return Object.fromEntries(Modules.filter((m) => m.Key).map((m) => [m.Key, path.resolve(dir, m.Dir)]));
}

/** What a successful init of MAIN_TF leaves behind: the provider for this machine and both modules' files. */
function assertInitialised(dir: string, how: string): void {
  const providerDir = path.join(dir, '.terraform', 'providers', 'registry.terraform.io', 'hashicorp', 'null', PROVIDER_VERSION, HOST_PLATFORM);
  assert.ok(existsSync(path.join(providerDir, `terraform-provider-null_v${PROVIDER_VERSION}`)), `${how}: the provider is unpacked`);
  const modules = installedModules(dir);
  assert.equal(readFileSync(path.join(modules.label, 'main.tf'), 'utf8'), '# label\n', `${how}: the tar.gz registry module`);
  // The git module is `modules/label` of the repository at tag v1.0.0.
  assert.equal(readFileSync(path.join(modules.network, 'main.tf'), 'utf8'), 'variable "name" {}\n', `${how}: the git-sourced registry module`);
}

function lockHashes(dir: string): { h1: string[]; zh: string[] } {
  const text = readFileSync(path.join(dir, '.terraform.lock.hcl'), 'utf8');
  return { h1: [...text.matchAll(/"h1:([^"]+)"/g)].map((m) => m[1]), zh: [...text.matchAll(/"zh:([^"]+)"/g)].map((m) => m[1]).sort() };
}

function shasumsOf(up: TerraformUpstreams): string[] {
  return up.registry
    .shasumsText('null', PROVIDER_VERSION)
    .trim()
    .split('\n')
    .map((l) => l.split(/\s+/)[0])
    .sort();
}

/** The git repository moves away: from now on the git module can only come from the cache. */
function hideGitRepo(up: TerraformUpstreams): void {
  renameSync(up.gitRepo, `${up.gitRepo}.gone`);
}

function freshWorkingDir(dir: string): void {
  rmSync(path.join(dir, '.terraform'), { recursive: true, force: true });
}

if ('missing' in terraform) {
  test('real terraform through the registry cache', { skip: terraform.missing }, () => {});
} else {
  console.log(`[real terraform] terraform ${terraform.version}, node ${process.version}`);

  describe(`real terraform ${terraform.version} through \`atmos-ts terraform\``, () => {
    for (const mode of MODES) {
      it(`${mode} mode: init (provider, registry module, git module), providers lock for 3 platforms, warm replay with 0 upstream requests, registry down`, async () => {
        const up = await startTerraformUpstreams();
        after(() => up.close());
        const p = writeProject(mode, up.upstreams);

        const cold = await atmosTerraform(p, ['init', '-no-color', '-input=false']);
        assert.equal(cold.code, 0, show(cold));
        assertInitialised(p.dir, 'cold init');
        // Registry mode passes the upstream signature through; a network mirror is trusted by checksum.
        assert.match(
          cold.stdout,
          mode === 'registry' ? /Installed hashicorp\/null v3\.2\.4 \(self-signed, key ID/ : /Installed hashicorp\/null v3\.2\.4 \(verified checksum\)/,
        );
        assert.equal(up.registry.count(`_${HOST_PLATFORM}.zip`), 1, 'the zip was fetched once, by the proxy');
        assert.equal(up.registry.count('/v1/modules/acme/network/null/v1.0.0/download'), 1);
        const archives = readdirSync(path.join(p.cacheRoot, 'atmos', 'terraform', 'registry', 'modules', '_archives')).filter((f) => f.endsWith('.json'));
        const sources = archives.map(
          (f) =>
            (JSON.parse(readFileSync(path.join(p.cacheRoot, 'atmos', 'terraform', 'registry', 'modules', '_archives', f), 'utf8')) as { source: string })
              .source,
        );
        assert.ok(
          sources.some((s) => s.startsWith(`git::file://${up.gitRepo}`)),
          `the git module is cached: ${sources.join(', ')}`,
        );

        const lock = await atmosTerraform(p, ['providers', 'lock', ...LOCK_PLATFORMS.map((x) => `-platform=${x}`), '-no-color']);
        assert.equal(lock.code, 0, show(lock));
        const hashes = lockHashes(p.dir);
        assert.deepEqual(hashes.zh, shasumsOf(up), 'the signed zh: hashes of every platform');
        assert.equal(new Set(hashes.h1).size, 3, `an h1: per platform: ${hashes.h1.join(', ')}`);
        for (const platform of LOCK_PLATFORMS) assert.equal(up.registry.count(`_${platform}.zip`), 1, `${platform} zip fetched once`);

        const requestsBefore = up.requestCount();
        freshWorkingDir(p.dir);
        const warm = await atmosTerraform(p, ['init', '-no-color', '-input=false']);
        assert.equal(warm.code, 0, show(warm));
        assertInitialised(p.dir, 'warm replay');
        assert.equal(up.requestCount(), requestsBefore, 'the warm replay sent nothing upstream');
        assert.match(warm.stderr, /Registry cache: .* served from cache \(\d+ hits\); 0 B downloaded \(0 objects added\)/);
        assert.deepEqual(lockHashes(p.dir), hashes, 'the lock file is unchanged');

        // Registry down and every cached answer past its freshness: still served (stale-if-error).
        // Short retry backoff: each expired answer is retried once against the dead registry.
        await up.close();
        hideGitRepo(up);
        freshWorkingDir(p.dir);
        const expired = {
          ATMOS_COMPONENTS_TERRAFORM_CACHE_METADATA_TTL: '1ms',
          ATMOS_COMPONENTS_TERRAFORM_CACHE_STALE_WHILE_REVALIDATE: '0s',
          ATMOS_HTTP_RETRY_MIN_MS: '10',
        };
        const down = await atmosTerraform(p, ['init', '-no-color', '-input=false'], expired);
        assert.equal(down.code, 0, show(down));
        assertInitialised(p.dir, 'registry down');
        assert.match(down.stderr, /[1-9]\d* stale serves?;/, 'cached metadata answered for the unreachable registry');
        const relock = await atmosTerraform(p, ['providers', 'lock', ...LOCK_PLATFORMS.map((x) => `-platform=${x}`), '-no-color'], expired);
        assert.equal(relock.code, 0, show(relock));
        assert.deepEqual(lockHashes(p.dir), hashes);
      });
    }
  });

  describe('root action: main → real terraform init → post', () => {
    const bundle = path.resolve(import.meta.dirname, '..', '..', 'dist', 'action', 'index.js');
    const pids: number[] = [];
    after(() => {
      for (const pid of pids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    });

    for (const mode of MODES) {
      it(`${mode} mode: the job's terraform init goes through the cache; the next job restores it and inits with the registry down`, async () => {
        const cacheService = await startCacheService();
        after(() => cacheService.close());
        const up = await startTerraformUpstreams();
        after(() => up.close());
        const inputs = {
          toolchain: 'false',
          cache: 'true',
          mirror: 'true',
          'mirror-mode': mode,
          'mirror-upstreams': Object.entries(up.upstreams)
            .map(([host, url]) => `${host}=${url}`)
            .join('\n'),
        };

        const job = async (runId: number) => {
          const dirs = makeRunnerDirs(tempDir('atmos-ts-job-'));
          writeFileSync(path.join(dirs.workspace, 'main.tf'), MAIN_TF);
          const env = { ...cacheService.env, ATMOS_XDG_CACHE_HOME: path.join(dirs.root, 'xdg'), GITHUB_RUN_ID: String(runId) };
          const main = await runAction(bundle, dirs, { env, inputs, timeoutMs: 60_000 });
          if (main.state['mirror-pid']) pids.push(Number(main.state['mirror-pid']));
          assert.equal(main.code, 0, main.stdout + main.stderr);
          // The later steps of the job see what main exported, as on a runner.
          const init = await run('terraform', ['init', '-no-color', '-input=false'], dirs.workspace, terraformEnv(path.join(dirs.root, 'home'), main.exported));
          assert.equal(init.code, 0, show(init));
          assertInitialised(dirs.workspace, `job ${runId}`);
          const post = await runAction(bundle, dirs, { env, inputs, state: main.state });
          assert.equal(post.code, 0, post.stdout + post.stderr);
          assert.equal(isAlive(Number(main.state['mirror-pid'])), false, 'post stopped the proxy');
          return { main, post };
        };

        const first = await job(1);
        assert.equal(first.main.outputs['cache-hit'], 'false');
        assert.equal(first.main.exported.TF_CLI_CONFIG_FILE, first.main.outputs['cli-config']);
        if (mode === 'mirror') assert.ok(first.main.exported.SSL_CERT_FILE, 'terraform is told to trust the local CA');
        assert.match(first.post.summary, /### Terraform registry cache/);
        assert.match(first.post.summary, /\| Objects added \| [1-9]/);
        assert.ok(
          cacheService.entries.some((e) => e.key === first.main.outputs['cache-key'] && e.finalized),
          'post saved the cache root',
        );

        await up.close();
        hideGitRepo(up);
        const second = await job(2);
        assert.equal(second.main.outputs['cache-hit'], 'true');
        assert.match(second.post.summary, /\| Upstream errors \| 0 \|/);
        assert.match(second.post.summary, /\| Objects added \| 0 \|/);
      });
    }
  });
}
