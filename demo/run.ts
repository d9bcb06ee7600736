/**
 * `npm run demo`: the three engines end to end, offline, in a few seconds.
 *
 * Everything runs against a LOCAL STAND-IN upstream on 127.0.0.1 — a fake GitHub release
 * host and a fake Terraform registry from test/support — never the internet. The demo works
 * in a temp copy of demo/atmos.yaml + demo/.tool-versions and removes it at the end.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConsoleLogger } from '../src/common/consoleLogger.js';
import { formatBytes } from '../src/common/format.js';
import { hostPlatform, platformKey } from '../src/common/platform.js';
import { loadConfig } from '../src/config/load.js';
import { formatReportLine, formatReportTable } from '../src/mirror/report.js';
import { sessionSettings, startMirrorSession } from '../src/mirror/session.js';
import type { SavingsReport } from '../src/mirror/types.js';
import { createToolchain } from '../src/toolchain/index.js';
import { runWorkflow } from '../src/workflow/workflows.js';
import { zipBuffer } from '../test/support/archives.js';
import { sha256, startGithubUpstream, type GithubUpstream } from '../test/support/githubUpstream.js';
import { FakeRegistry, generateSigningKey } from '../test/support/terraformRegistry.js';
import { terraformInit } from './terraformLike.js';

const t0 = Date.now();
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const say = (s = '') => process.stdout.write(`${s}\n`);
const heading = (s: string) => say(`\n${bold(s)}`);

const platform = hostPlatform();
const script = (name: string, version: string) => `#!/bin/sh\necho "${name} ${version} (local stand-in build) $*"\n`;

/** Publish the three tools of demo/.tool-versions on the stand-in, laid out as upstream does. */
async function publishTools(up: GithubUpstream): Promise<void> {
  const { os: o, arch } = platform;
  const tf = `terraform_1.9.8_${o}_${arch}.zip`;
  const tfZip = await zipBuffer([{ name: 'terraform', body: script('terraform', '1.9.8') }]);
  up.addFile(`/terraform/1.9.8/${tf}`, tfZip);
  up.addFile(`/terraform/1.9.8/terraform_1.9.8_SHA256SUMS`, `${sha256(tfZip)}  ${tf}\n`);
  up.addRelease('terraform-linters', 'tflint', 'v0.54.0', {
    [`tflint_${o}_${arch}.zip`]: await zipBuffer([{ name: 'tflint', body: script('tflint', '0.54.0') }]),
  });
  up.addRelease('jqlang', 'jq', 'jq-1.7.1', { [`jq-${o}-${arch}`]: script('jq', '1.7.1') });
}

const PROVIDERS = [
  { ns: 'hashicorp', type: 'null' },
  { ns: 'hashicorp', type: 'random' },
];

async function main(): Promise<void> {
  say(bold('atmos-ts demo'));
  say('NOTE: the upstream in this demo is a LOCAL STAND-IN on 127.0.0.1 (a fake GitHub release host and a');
  say('fake Terraform registry, from test/support). Nothing is downloaded from the internet.');

  const work = mkdtempSync(path.join(os.tmpdir(), 'atmos-ts-demo-'));
  const project = path.join(work, 'project');
  mkdirSync(project);
  for (const f of ['atmos.yaml', '.tool-versions']) copyFileSync(path.join(import.meta.dirname, f), path.join(project, f));
  const up = await startGithubUpstream();
  const platforms = [{ os: platform.os, arch: platform.arch }];
  const signingKey = await generateSigningKey();
  const providers = PROVIDERS.map((p) => ({ ...p, versions: [{ version: '3.2.4', platforms }] }));
  const registry = await new FakeRegistry('registry.terraform.io', { providers, signingKey }).start();
  // The proxy also fronts registry.opentofu.org by default; it gets a stand-in too, so nothing leaves the machine.
  const tofuRegistry = await new FakeRegistry('registry.opentofu.org', { providers, signingKey }).start();
  try {
    await publishTools(up);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...up.env,
      ATMOS_XDG_CACHE_HOME: path.join(work, 'cache'),
      ATMOS_TOOLCHAIN_URL_REPLACEMENTS: JSON.stringify({ 'https://releases.hashicorp.com': up.downloadUrl }),
      ATMOS_TF_CACHE_UPSTREAMS: JSON.stringify({ 'registry.terraform.io': registry.url, 'registry.opentofu.org': tofuRegistry.url }),
      NO_PROXY: '127.0.0.1,localhost',
    };
    // A real token must never travel to the stand-in.
    for (const k of ['GITHUB_TOKEN', 'GH_TOKEN', 'ATMOS_GITHUB_TOKEN', 'TF_CLI_CONFIG_FILE']) delete env[k];
    say(`stand-ins: GitHub ${up.serverUrl}, registry.terraform.io ${registry.url}, registry.opentofu.org ${tofuRegistry.url}`);
    say(`working copy of demo/atmos.yaml + demo/.tool-versions: ${project}`);

    const logger = new ConsoleLogger({ level: process.env.DEMO_DEBUG ? 'debug' : 'warn' });
    const config = loadConfig({ cwd: project, env, logger });

    heading(`1. Toolchain: install .tool-versions through the inline registry (${platformKey(platform)})`);
    const toolchain = await createToolchain({ config, env, logger });
    const outcomes = await toolchain.install('all');
    for (const o of outcomes) {
      if (o.status === 'failed') throw o.error;
      const bin = await toolchain.binaryFor({ tool: o.tool.requestedAs ?? o.tool.repoName, version: o.version });
      const out = execFileSync(bin, ['version'], { encoding: 'utf8' }).trim();
      say(`  ✓ ${o.tool.name} ${o.version}: ${o.status}, ${formatBytes(o.downloadedBytes ?? 0)} downloaded → ${bin}`);
      say(`      $ ${path.basename(bin)} version → ${out}`);
    }
    if (process.env.DEMO_DEBUG) for (const r of up.requests) say(`  ${r.host} ${r.path}`);
    up.resetCounts();
    const again = await toolchain.install('all');
    say(
      `  again: ${again.filter((o) => o.status === 'already-installed').length}/${again.length} already installed, ${up.requests.length} requests to the upstream`,
    );

    heading('2. Workflow with tool needs: `atmos-ts workflow lint` (tools installed before the first step)');
    await runWorkflow({ config, name: 'lint', toolchain, logger, env, cwd: project, self: { command: process.execPath, args: [] } });

    heading('3. Terraform registry cache: a Terraform-like client runs `init` twice through the proxy');
    const session = await startMirrorSession({ settings: sessionSettings(config), env, logger });
    say(`  proxy: ${session.settings.mode} mode on 127.0.0.1:${session.server.port}; TF_CLI_CONFIG_FILE=${session.cliConfigFile}`);
    let previous: SavingsReport = session.server.report();
    for (const run of [1, 2]) {
      const before = registry.requests.length;
      const installed = await terraformInit(session.cliConfigFile, PROVIDERS, platforms[0]);
      const upstream = registry.requests.slice(before);
      const now = session.server.report();
      const zips = upstream.filter((r) => r.path.endsWith('.zip')).map((r) => path.basename(r.path));
      say(`  init #${run}: ${installed.map((i) => `${i.provider} ${i.version}`).join(', ')}`);
      say(
        `    downloaded from upstream: ${upstream.length} requests, ${formatBytes(now.bytesDownloaded - previous.bytesDownloaded)}${zips.length ? ` (${zips.join(', ')})` : ''}`,
      );
      say(`    served from cache: ${now.hits - previous.hits} responses, ${formatBytes(now.bytesServedFromCache - previous.bytesServedFromCache)}`);
      previous = now;
    }
    const report = await session.close();

    heading('4. Savings report');
    say(formatReportLine(report));
    say();
    say(formatReportTable(report).trimEnd());
    say();
    say(`Done in ${((Date.now() - t0) / 1000).toFixed(1)}s. The stand-in servers are stopped and ${work} is removed.`);
  } finally {
    await registry.close();
    await tofuRegistry.close();
    await up.close();
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (err) {
  const { formatError } = await import('../src/common/errors.js');
  process.stderr.write(`${formatError(err, true)}\n`);
  process.exitCode = 1;
}
