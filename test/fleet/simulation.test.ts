/**
 * Fleet simulation: 8 runners — separate processes, separate cache roots and HOMEs, one
 * object store (Azurite) — run `atmos-ts toolchain install` and real `terraform init`
 * (provider, tar.gz registry module, git registry module) for the same committed pins at the
 * same moment. Each artifact is fetched from upstream exactly once in total. Then upstream
 * goes down (GitHub fake answering 503, registry closed, git repository gone) and 8 new
 * runners on empty disks all still succeed, served by the store.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it, test } from 'node:test';
import YAML from 'yaml';
import { loadConfig } from '../../src/config/load.js';
import { createToolchain } from '../../src/toolchain/index.js';
import { HOST_PLATFORM, MAIN_TF, PROVIDER_VERSION, run, startTerraformUpstreams, terraformEnv, terraformOnPath } from '../e2e/realTerraform.js';
import { startGithubUpstream } from '../support/githubUpstream.js';
import { downloadHostReplacements } from '../support/realTools.js';
import { opentofu } from '../support/realTools.js';
import { startAzuriteStore } from '../support/storeServers.js';
import { MemoryLogger } from '../support/memoryLogger.js';
import { tempDir } from '../support/tmp.js';

const RUNNERS = 8;
const CLI = path.resolve(import.meta.dirname, '..', '..', 'src', 'cli', 'index.ts');
const terraform = terraformOnPath();

const toolchainConfig = (up: Awaited<ReturnType<typeof startGithubUpstream>>) => ({
  url_replacements: downloadHostReplacements(up),
  registries: [
    {
      type: 'atmos',
      tools: {
        'opentofu/opentofu': {
          type: 'github_release',
          repo_owner: 'opentofu',
          repo_name: 'opentofu',
          asset: 'tofu_{{trimV .Version}}_{{.OS}}_{{.Arch}}.tar.gz',
          format: 'tar.gz',
          files: [{ name: 'tofu' }],
          checksum: { type: 'github_release', asset: 'tofu_{{trimV .Version}}_SHA256SUMS', algorithm: 'sha256' },
        },
      },
    },
  ],
  aliases: { tofu: 'opentofu/opentofu' },
});

if ('missing' in terraform) {
  test('fleet simulation', { skip: terraform.missing }, () => {});
} else {
  describe('fleet simulation: 8 runners, one store', () => {
    it('each artifact comes from upstream once in total; with upstream down every runner still succeeds', { timeout: 290_000 }, async () => {
      const [az, gh, tf] = await Promise.all([startAzuriteStore(), startGithubUpstream(), startTerraformUpstreams()]);
      after(async () => {
        await Promise.all([az.close(), gh.close(), tf.close()]);
      });
      await opentofu.publish(gh, '1.10.3');
      const store = az.url('fleet');

      // The repository every runner checks out: atmos.yaml, .tool-versions and the committed lock.
      const repo = tempDir('atmos-fleet-repo-');
      const atmosYaml = {
        toolchain: { ...toolchainConfig(gh), store },
        components: {
          terraform: {
            plugin_cache: false,
            cache: { enabled: true, mode: 'registry', upstreams: tf.upstreams, store },
          },
        },
      };
      writeFileSync(path.join(repo, 'atmos.yaml'), YAML.stringify(atmosYaml));
      writeFileSync(path.join(repo, '.tool-versions'), 'tofu 1.10.3\n');
      writeFileSync(path.join(repo, 'main.tf'), MAIN_TF);
      // Pins are committed: a maintainer locked them once (no store involved).
      const seedCache = tempDir('atmos-fleet-seed-');
      const seedEnv = { ...gh.env, ATMOS_XDG_CACHE_HOME: seedCache, ATMOS_TOOLCHAIN_STORE: '' };
      const seed = await createToolchain({ config: loadConfig({ cwd: repo, env: { ...seedEnv } }), env: seedEnv, logger: new MemoryLogger() });
      await seed.lock('all');
      assert.ok(existsSync(path.join(repo, 'toolchain.lock.yaml')));
      gh.resetCounts();

      const runner = async (i: number, round: string) => {
        const dir = path.join(tempDir(`atmos-fleet-${round}-`), 'work');
        cpSync(repo, dir, { recursive: true });
        mkdirSync(path.join(dir, 'home'), { recursive: true });
        const env = terraformEnv(path.join(dir, 'home'), {
          ...gh.env,
          ...az.env,
          ATMOS_XDG_CACHE_HOME: path.join(dir, 'cache'),
          ATMOS_HTTP_RETRY_MIN_MS: '10',
        });
        const install = await run(process.execPath, ['--import', import.meta.resolve('tsx'), CLI, 'toolchain', 'install'], dir, env);
        assert.equal(install.code, 0, `runner ${i} (${round}) toolchain install:\n${install.stdout}\n${install.stderr}`);
        const init = await run(process.execPath, ['--import', import.meta.resolve('tsx'), CLI, 'terraform', 'init', '-no-color', '-input=false'], dir, env);
        assert.equal(init.code, 0, `runner ${i} (${round}) terraform init:\n${init.stdout}\n${init.stderr}`);
        const provider = path.join(dir, '.terraform', 'providers', 'registry.terraform.io', 'hashicorp', 'null', PROVIDER_VERSION, HOST_PLATFORM);
        assert.ok(existsSync(provider), `runner ${i} (${round}): provider installed`);
        assert.ok(existsSync(path.join(dir, 'cache', 'atmos', 'toolchain')) || install.stderr.includes('tofu'), `runner ${i} (${round}): tofu installed`);
      };

      await Promise.all(Array.from({ length: RUNNERS }, (_, i) => runner(i, 'up')));
      const upstreamFetches = {
        'tofu asset': gh.count('/opentofu/opentofu/releases/download/v1.10.3/tofu_1.10.3_'),
        'provider zip': tf.registry.count(`_${HOST_PLATFORM}.zip`),
        SHA256SUMS: tf.registry.count('_SHA256SUMS') - tf.registry.count('_SHA256SUMS.sig'),
        'SHA256SUMS.sig': tf.registry.count('_SHA256SUMS.sig'),
        'module tar.gz': tf.registry.count('/files/label.tar.gz'),
      };
      console.log(`[fleet] upstream fetches per artifact with ${RUNNERS} runners: ${JSON.stringify(upstreamFetches)}`);
      for (const [artifact, n] of Object.entries(upstreamFetches)) assert.equal(n, 1, `${artifact}: fetched upstream once in total, not ${n} times`);

      // Upstream down: GitHub answers 503, the registry is gone, so is the git repository.
      gh.failNext('/', { status: 503, times: 100_000 });
      await tf.close();
      renameSync(tf.gitRepo, `${tf.gitRepo}.gone`);
      await Promise.all(Array.from({ length: RUNNERS }, (_, i) => runner(i, 'down')));
    });
  });
}
