import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { zipBuffer } from '../support/archives.js';
import { startGithubUpstream, sha256, type GithubUpstream } from '../support/githubUpstream.js';
import type { FakeRegistry } from '../support/terraformRegistry.js';
import { closedPort } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { makeGitRepo, makeModuleTarGz, PLATFORMS, startRegistry } from '../support/mirrorSetup.js';

/**
 * A connected world for the bundle tests, all on loopback: a Terraform registry (provider
 * hashicorp/null in two versions plus hashicorp/random, a tar.gz registry module and one whose
 * package is a git repository), a download host with two versions of a tool, and a `git daemon`
 * serving a repository that a root module names directly with `git::git://…`.
 */
export const PROVIDER_VERSIONS = ['3.2.3', '3.2.4'] as const;
export const TOOL_VERSIONS = ['3.1.0', '3.2.0'] as const;
export const TOOL_PLATFORMS = ['linux_amd64', 'darwin_arm64'] as const;

export interface World {
  registry: FakeRegistry;
  up: GithubUpstream;
  gitUrl: string;
  /** Requests the registry and the download host have answered (git daemon not counted). */
  requests(): number;
  /** A project dir: atmos.yaml, .tool-versions, toolchain.lock.yaml, main.tf and (optionally) a .terraform.lock.hcl. */
  project(dir: string, pins: { provider: string; tool: string; randomProvider?: boolean; terraformLock?: boolean }): void;
  close(): Promise<void>;
}

const toolZip = (v: string, platform: string) => zipBuffer([{ name: 'webtool', body: `#!/bin/sh\necho webtool ${v} ${platform}\n` }]);

export async function startWorld(): Promise<World> {
  const work = makeGitRepo();
  const moduleRepo = `${work}.git`;
  execFileSync('git', ['clone', '-q', '--bare', work, moduleRepo], { stdio: 'ignore' });
  const registry = await startRegistry('registry.terraform.io', {
    providers: [
      { ns: 'hashicorp', type: 'null', versions: PROVIDER_VERSIONS.map((version) => ({ version, platforms: PLATFORMS })) },
      { ns: 'hashicorp', type: 'random', versions: [{ version: '3.6.0', platforms: PLATFORMS }] },
    ],
    modules: [
      { ns: 'cloudposse', name: 'label', system: 'null', versions: ['v0.25.0'], location: () => '/files/label.tar.gz', form: 'header' },
      { ns: 'acme', name: 'network', system: 'null', versions: ['v1.0.0'], location: (v) => `git::file://${moduleRepo}//modules/label?ref=${v}`, form: 'json' },
    ],
  });
  registry.files.set('/files/label.tar.gz', { body: await makeModuleTarGz('label'), type: 'application/gzip' });
  const tofu = await startRegistry('registry.opentofu.org');

  const up = await startGithubUpstream();
  const toolSums = new Map<string, string>();
  for (const v of TOOL_VERSIONS) {
    for (const platform of TOOL_PLATFORMS) {
      const zip = await toolZip(v, platform);
      up.addFile(`/dl/webtool/${v}/webtool_${v}_${platform}.zip`, zip);
      toolSums.set(`${v}/${platform}`, sha256(zip));
    }
  }

  // The repository a root module names directly: served by git daemon on a loopback port.
  const gitRoot = tempDir('atmos-ts-gitd-');
  const direct = makeGitRepo();
  execFileSync('git', ['clone', '-q', '--bare', direct, path.join(gitRoot, 'direct.git')], { stdio: 'ignore' });
  const port = await closedPort();
  const daemon: ChildProcess = spawn(
    'git',
    ['daemon', '--reuseaddr', '--export-all', `--base-path=${gitRoot}`, '--listen=127.0.0.1', `--port=${port}`, gitRoot],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await waitForGitDaemon(`git://127.0.0.1:${port}/direct.git`);
  const gitUrl = `git://127.0.0.1:${port}/direct.git`;

  return {
    registry,
    up,
    gitUrl,
    requests: () => registry.requests.length + up.requests.length,
    project(dir, pins) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        path.join(dir, 'atmos.yaml'),
        YAML.stringify({
          toolchain: {
            aliases: { web: 'example/webtool' },
            url_replacements: { 'https://dl.example.com': `${up.downloadUrl}/dl` },
            registries: [
              {
                name: 'local',
                type: 'atmos',
                tools: {
                  'example/webtool': {
                    type: 'http',
                    url: 'https://dl.example.com/webtool/{{.Version}}/webtool_{{.Version}}_{{.OS}}_{{.Arch}}.zip',
                    format: 'zip',
                    files: [{ name: 'webtool' }],
                  },
                },
              },
            ],
          },
          components: {
            terraform: {
              plugin_cache: false,
              cache: { enabled: true, mode: 'registry', upstreams: { 'registry.terraform.io': registry.url, 'registry.opentofu.org': tofu.url } },
            },
          },
        }),
      );
      writeFileSync(path.join(dir, '.tool-versions'), `web ${pins.tool}\n`);
      const platforms: Record<string, unknown> = {};
      for (const p of TOOL_PLATFORMS) {
        platforms[p] = { url: `https://dl.example.com/webtool/${pins.tool}/webtool_${pins.tool}_${p}.zip`, checksum: toolSums.get(`${pins.tool}/${p}`) };
      }
      writeFileSync(
        path.join(dir, 'toolchain.lock.yaml'),
        YAML.stringify({ version: 1, tools: { 'example/webtool': { versions: { [pins.tool]: { platforms } } } }, metadata: { lock_file_version: 2 } }),
      );
      writeFileSync(
        path.join(dir, 'main.tf'),
        `terraform {
  required_providers {
    null = { source = "hashicorp/null", version = "${pins.provider}" }
  }
}

module "label" {
  source  = "cloudposse/label/null"
  version = "0.25.0"
}

module "network" {
  source  = "acme/network/null"
  version = "1.0.0"
}

module "direct" {
  source = "git::${gitUrl}?ref=v1.0.0"
}
`,
      );
      if (pins.terraformLock) {
        const providers = [['hashicorp/null', pins.provider], ...(pins.randomProvider ? [['hashicorp/random', '3.6.0']] : [])];
        writeFileSync(
          path.join(dir, '.terraform.lock.hcl'),
          providers.map(([p, v]) => `provider "registry.terraform.io/${p}" {\n  version = "${v}"\n  hashes = []\n}\n`).join('\n'),
        );
      }
    },
    async close() {
      daemon.kill();
      await Promise.all([registry.close(), tofu.close(), up.close()]);
    },
  };
}

async function waitForGitDaemon(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      execFileSync('git', ['ls-remote', url], { stdio: 'ignore', timeout: 5000 });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`git daemon at ${url} did not come up`);
}
