import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { MemoryLogger } from '../support/memoryLogger.js';
import { startMirrorSession } from '../../src/mirror/session.js';
import type { MirrorMode } from '../../src/mirror/types.js';
import { makeZip, type FakeRegistry } from '../support/terraformRegistry.js';
import { closedPort } from '../support/net.js';
import { removeTempDir, tempDir, unmanagedTempDir } from '../support/tmp.js';
import { NULL_PROVIDER, startRegistry } from '../support/mirrorSetup.js';

/**
 * The real `terraform` (on PATH) with a user CLI config whose provider_installation takes
 * one provider from a filesystem mirror: through the registry cache, in both modes, that
 * provider must still come from their mirror and the proxied one through the proxy.
 */
const HOST = 'registry.example.test';
const PLATFORM = `${process.platform === 'win32' ? 'windows' : process.platform}_${process.arch === 'x64' ? 'amd64' : process.arch}`;
const run = promisify(execFile);

/** A user's own setup: a filesystem mirror for example.test/acme/thing, direct for the rest. */
async function userSetup(): Promise<{ rc: string; project: string; home: string }> {
  const dir = tempDir('atmos-ts-usercfg-');
  const mirror = path.join(dir, 'fs-mirror');
  const pkgDir = path.join(mirror, 'example.test', 'acme', 'thing');
  mkdirSync(pkgDir, { recursive: true });
  // init only checks the package (hashes), it does not run it.
  writeFileSync(
    path.join(pkgDir, `terraform-provider-thing_1.0.0_${PLATFORM}.zip`),
    await makeZip({ 'terraform-provider-thing_v1.0.0': '#!/bin/sh\nexit 1\n' }),
  );
  const rc = path.join(dir, 'user.tfrc');
  // The host block keeps every lookup of example.test on loopback (a closed port), so a
  // dropped filesystem_mirror fails at once instead of asking DNS.
  writeFileSync(
    rc,
    `provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(mirror)}
    include = ["example.test/*/*"]
  }
  direct {
    exclude = ["example.test/*/*"]
  }
}

host "example.test" {
  services = {
    "providers.v1" = "http://127.0.0.1:${await closedPort()}/v1/providers/"
  }
}
`,
  );
  const project = path.join(dir, 'project');
  mkdirSync(project);
  writeFileSync(
    path.join(project, 'main.tf'),
    `terraform {
  required_providers {
    thing = { source = "example.test/acme/thing", version = "1.0.0" }
    null  = { source = "${HOST}/hashicorp/null", version = "3.2.4" }
  }
}
`,
  );
  const home = path.join(dir, 'home');
  mkdirSync(home);
  return { rc, project, home };
}

async function initThroughCache(mode: MirrorMode, upstream: FakeRegistry): Promise<{ code: number; output: string; lock: string; warnings: string[] }> {
  const { rc, project, home } = await userSetup();
  const root = unmanagedTempDir();
  const logger = new MemoryLogger('debug');
  const session = await startMirrorSession({
    settings: { root, mode, port: 0, metadataTtlMs: 60_000, staleWhileRevalidateMs: 0, hosts: [HOST], upstreams: { [HOST]: upstream.url } },
    env: { TF_CLI_CONFIG_FILE: rc },
    home,
    logger,
  });
  try {
    const env = { PATH: process.env.PATH, HOME: home, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', ...session.childEnv };
    let code = 0;
    let output = '';
    try {
      const r = await run('terraform', ['init', '-input=false', '-no-color'], { cwd: project, env, timeout: 90_000 });
      output = r.stdout + r.stderr;
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string };
      code = typeof e.code === 'number' ? e.code : 1;
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    let lock = '';
    try {
      lock = readFileSync(path.join(project, '.terraform.lock.hcl'), 'utf8');
    } catch {
      // no lock file: init failed
    }
    return { code, output, lock, warnings: logger.records.filter((l) => l.level === 'warn').map((l) => l.message) };
  } finally {
    await session.close();
    removeTempDir(root);
  }
}

describe('the user CLI config with the real terraform', () => {
  for (const mode of ['registry', 'mirror'] as const) {
    it(`${mode} mode: their filesystem mirror and the proxied registry both install`, { timeout: 120_000 }, async () => {
      const upstream = await startRegistry(HOST, { providers: [NULL_PROVIDER] });
      try {
        const r = await initThroughCache(mode, upstream);
        assert.equal(r.code, 0, r.output);
        assert.match(r.lock, /provider "example\.test\/acme\/thing"/);
        assert.match(r.lock, new RegExp(`provider "${HOST.replace(/\./g, '\\.')}/hashicorp/null"`));
        // The proxied provider came through the proxy (its zip fetched upstream once).
        assert.equal(upstream.count(`terraform-provider-null_3.2.4_${PLATFORM}.zip`), 1);
        assert.deepEqual(
          r.warnings.filter((w) => /provider_installation/.test(w)),
          [],
          'nothing of theirs was replaced',
        );
      } finally {
        await upstream.close();
      }
    });
  }
});
