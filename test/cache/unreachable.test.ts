import assert from 'node:assert/strict';
import net from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../support/tmp.js';
import { makeCacheRoot, makeRepo, runCli } from '../support/cacheCli.js';

/** A loopback port nobody listens on (bound once, then closed). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('a cache service that cannot be reached', () => {
  it('save and restore say so, naming the host, instead of blaming another job', async () => {
    const work = tempDir('atmos-ts-cache-down-');
    const repo = makeRepo(path.join(work, 'repo'), 'key: down-1');
    const root = path.join(work, 'root');
    makeCacheRoot(root);
    const port = await closedPort();
    const env = {
      GITHUB_ACTIONS: undefined,
      CI: undefined,
      GITHUB_RUN_ID: '77',
      ACTIONS_RUNTIME_TOKEN: 'fake-token',
      ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      RUNNER_TEMP: path.join(work, 'runner-temp'),
    };
    const cfg = ['--config', path.join(repo, 'atmos.yaml'), 'ci', 'cache'];
    const started = Date.now();
    const saved = await runCli([...cfg, 'save', '--root', root], env);
    assert.equal(saved.code, 0, saved.stderr);
    assert.match(
      saved.stderr,
      new RegExp(`Cache not saved \\(key: down-1\\): the cache service at 127\\.0\\.0\\.1:${port} could not be reached \\(ECONNREFUSED\\)`),
    );
    assert.doesNotMatch(saved.stderr, /another job/);
    const restored = await runCli([...cfg, 'restore', '--root', path.join(work, 'fresh')], env);
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stderr, new RegExp(`the cache service at 127\\.0\\.0\\.1:${port} could not be reached \\(ECONNREFUSED\\); the restore was skipped`));
    // Generous bound: the library's own retries, not a hang.
    assert.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
  });
});
