import { after } from 'node:test';
import { isAlive } from '../../src/common/process.js';
import type { FakeRegistry } from './terraformRegistry.js';
import { startCacheService, type CacheServiceHarness } from './cacheService.js';
import { NULL_PROVIDER, startRegistry } from './mirrorSetup.js';

/**
 * Stand-ins for the action tests, torn down after the file: registry.terraform.io AND
 * registry.opentofu.org (the proxy fronts both, and must not reach the internet), the
 * cache service, and a list of proxy pids killed at the end even if a test failed half-way.
 */
export interface StandIns {
  registry: FakeRegistry;
  tofu: FakeRegistry;
  cacheService: CacheServiceHarness;
  /** `upstreams` input value pointing both hosts at the stand-ins. */
  upstreams: string;
  trackPid(pid: string | undefined): void;
}

export async function startStandIns(): Promise<StandIns> {
  const registry = await startRegistry('registry.terraform.io', { providers: [NULL_PROVIDER] });
  after(() => registry.close());
  const tofu = await startRegistry('registry.opentofu.org', { providers: [NULL_PROVIDER] });
  after(() => tofu.close());
  const cacheService = await startCacheService();
  after(() => cacheService.close());
  const pids: number[] = [];
  after(() => {
    for (const pid of pids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  });
  return {
    registry,
    tofu,
    cacheService,
    upstreams: `registry.terraform.io=${registry.url}\nregistry.opentofu.org=${tofu.url}`,
    trackPid: (pid) => {
      if (pid) pids.push(Number(pid));
    },
  };
}
