/**
 * The standard Aqua registry built into atmos-ts (registry/aqua/, src/toolchain/registry/builtinAqua.ts):
 * the committed index is exactly what the snapshot compiles to, and the default registry
 * answers from it with no request, no YAML parse and nothing written to the cache.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { HttpClient } from '../../../src/common/http.js';
import { silentLogger } from '../../../src/common/logger.js';
import { aquaIndexStats, compileIndex } from '../../../src/toolchain/registry/aquaIndex.js';
import { parseRegistryYaml } from '../../../src/toolchain/registry/registryYaml.js';
import { STANDARD_REGISTRY_REF } from '../../../src/toolchain/registry/aquaRegistry.js';
import { builtinIndexDirs, openBuiltinAquaIndex } from '../../../src/toolchain/registry/builtinAqua.js';
import { createRegistrySet } from '../../../src/toolchain/registry/index.js';
import { tempDir } from '../../support/tmp.js';
import { LINUX, projectConfig } from './registryHelpers.js';

const snapshot = path.resolve(import.meta.dirname, '..', '..', '..', 'registry', 'aqua');

/** An HTTP client that records every request and answers none: the built-in registry must not use it. */
function offlineHttp(): { http: HttpClient; requests: string[] } {
  const requests: string[] = [];
  const http = new HttpClient({ logger: silentLogger, retries: 0 });
  http.request = async (url: string) => {
    requests.push(url);
    throw Object.assign(new Error(`offline: ${url}`), { code: 'ENOTFOUND' });
  };
  return { http, requests };
}

describe('built-in Aqua registry', () => {
  it('the committed index is the snapshot compiled, byte for byte, at the commit source.json and STANDARD_REGISTRY_REF name', () => {
    const text = readFileSync(path.join(snapshot, 'registry.yaml'), 'utf8');
    const source = JSON.parse(readFileSync(path.join(snapshot, 'source.json'), 'utf8')) as { repository: string; commit: string };
    const fresh = compileIndex(createHash('sha256').update(text).digest('hex'), parseRegistryYaml(text, 'registry.yaml'), {
      repository: source.repository,
      commit: source.commit,
    });
    assert.equal(readFileSync(path.join(snapshot, 'index', 'index.json'), 'utf8'), `${JSON.stringify(fresh.index)}\n`, 'run `npm run registry:index`');
    assert.ok(readFileSync(path.join(snapshot, 'index', 'packages.jsonl')).equals(fresh.packagesJsonl), 'run `npm run registry:index`');
    assert.equal(source.commit, STANDARD_REGISTRY_REF);
    assert.ok(fresh.index.entries.length > 2000, 'the whole standard registry, not a sample');
    assert.ok(existsSync(path.join(snapshot, 'LICENSE')));
  });

  it('is found from the sources (tsx), beside the CLI bundle and from an action bundle', async () => {
    assert.equal(builtinIndexDirs('/pkg/dist/cli')[0], path.normalize('/pkg/dist/cli/aqua-registry'));
    assert.equal(builtinIndexDirs('/pkg/dist/setup-toolchain')[1], path.normalize('/pkg/dist/cli/aqua-registry'));
    assert.equal(builtinIndexDirs('/repo/src/toolchain/registry')[2], path.normalize('/repo/registry/aqua/index'));
    const index = await openBuiltinAquaIndex();
    assert.ok(index, 'the index is found when running from src/');
    assert.equal(index.index.source?.commit, STANDARD_REGISTRY_REF);
  });

  it('the default registry resolves and plans offline: no request, no YAML parse, nothing cached', async () => {
    const dir = tempDir();
    const config = projectConfig('toolchain: {}\n', dir);
    const { http, requests } = offlineHttp();
    const parses = aquaIndexStats.yamlParses;
    const builds = aquaIndexStats.indexBuilds;
    const set = createRegistrySet({ config, http, logger: silentLogger });
    const tf = await set.resolve('terraform');
    assert.deepEqual(tf, { name: 'hashicorp/terraform', repoOwner: 'hashicorp', repoName: 'terraform', registry: 'aqua-standard', requestedAs: 'terraform' });
    assert.equal((await set.plan(tf, '1.9.8', LINUX)).urls[0], 'https://releases.hashicorp.com/terraform/1.9.8/terraform_1.9.8_linux_amd64.zip');
    const kubectl = await set.resolve('kubectl');
    assert.equal((await set.plan(kubectl, 'v1.31.3', LINUX)).urls[0], 'https://dl.k8s.io/v1.31.3/bin/linux/amd64/kubectl');
    await assert.rejects(set.resolve('rg'), { code: 'AMBIGUOUS_TOOL' });
    await assert.rejects(set.resolve('surely-not-a-tool'), { code: 'TOOL_NOT_FOUND' });
    assert.deepEqual(requests, []);
    assert.equal(aquaIndexStats.yamlParses - parses, 0);
    assert.equal(aquaIndexStats.indexBuilds - builds, 0);
    assert.ok(!existsSync(path.join(dir, 'cache', 'atmos', 'toolchain', 'registry')), 'no registry cache written');
  });

  it('a `type: aqua` entry without source uses it at the snapshot commit, and downloads another ref', async () => {
    const dir = tempDir();
    const { http, requests } = offlineHttp();
    const pinned = projectConfig(`toolchain:\n  registries:\n    - type: aqua\n      ref: ${STANDARD_REGISTRY_REF}\n`, dir);
    assert.equal((await createRegistrySet({ config: pinned, http, logger: silentLogger }).resolve('helm')).name, 'helm/helm');
    assert.deepEqual(requests, []);
    const other = projectConfig(`toolchain:\n  registries:\n    - type: aqua\n      ref: v4.300.0\n`, dir);
    await assert.rejects(createRegistrySet({ config: other, http, logger: silentLogger }).resolve('helm'), { code: 'REGISTRY_UNAVAILABLE' });
    assert.deepEqual(requests, ['https://raw.githubusercontent.com/aquaproj/aqua-registry/v4.300.0/registry.yaml']);
  });
});
