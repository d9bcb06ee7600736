/**
 * The three ways the job benchmark's Terraform job gets its dependencies, each written as
 * the workflow steps a team would have, run on a fresh {@link Runner}:
 *
 * 1. incumbent — mise installs the tools (`mise install`), two `actions/cache` steps (the real
 *    `@actions/cache`) keep mise's install dir and `TF_PLUGIN_CACHE_DIR`, terraform fetches
 *    providers (through the plugin cache) and modules straight from the registry.
 * 2. atmos-ts — the root action (`cache: true`, `mirror: true`), then plain `terraform init`.
 * 3. atmos-ts + lock — the same with a committed `toolchain.lock.yaml`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { miseBinary, miseSettings } from '../toolchain/mise.js';
import { type JobProvider, type JobTool, MODULES, type RootModule, ROOTS } from './fixture.js';
import { processCpuMs, type Runner } from './runner.js';
import type { JobUpstream } from './upstream.js';

export interface JobOutcome {
  /** CPU time of processes outside the step tree (the detached registry cache proxy). */
  extraCpuMs: number;
  /** Whether the cache restore found an exact key (per cache). */
  cacheHit: string;
  /** What the steps said about their caches (the console shows it; BENCHMARKS.md does not). */
  notes?: string[];
}

export interface JobContender {
  name: string;
  /** Human-readable recipe for BENCHMARKS.md. */
  setup: string;
  /** The repository the job checks out. */
  template: string;
  /** Run the job's steps; `failed` is set by the caller when a step failed (post steps then see job.status = failure). */
  job(runner: Runner, status: { failed: boolean }): Promise<JobOutcome>;
}

export interface JobSetting {
  repoRoot: string;
  workDir: string;
  upstream: JobUpstream;
  tools: JobTool[];
  /** Lock file text per root module (`terraform providers lock`, linux_amd64). */
  locks: Record<string, string>;
  /** Cache service env (ACTIONS_RESULTS_URL, …). */
  cacheEnv: Record<string, string>;
}

const hash = (...texts: string[]) => createHash('sha256').update(texts.join('\0')).digest('hex').slice(0, 16);

/** `main.tf` of a root module: its providers pinned exactly, its registry modules. */
export function rootMainTf(root: RootModule, providers: JobProvider[]): string {
  const req = root.providers.map((type) => `    ${type} = { source = "hashicorp/${type}", version = "${providers.find((p) => p.type === type)!.version}" }`);
  const mods = root.modules.map((name) => {
    const m = MODULES.find((x) => x.name === name)!;
    return `module "${name.replace(/-/g, '_')}" {\n  source  = "${m.ns}/${m.name}/${m.system}"\n  version = "${m.version}"\n}\n`;
  });
  return `terraform {\n  required_providers {\n${req.join('\n')}\n  }\n}\n\n${mods.join('\n')}`;
}

/** The root modules with their committed `.terraform.lock.hcl`, written under `repo`. */
export function writeRoots(repo: string, mainTfs: Record<string, string>, locks: Record<string, string>): void {
  for (const root of ROOTS) {
    const dir = path.join(repo, 'roots', root.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'main.tf'), mainTfs[root.name]);
    if (locks[root.name]) writeFileSync(path.join(dir, '.terraform.lock.hcl'), locks[root.name]);
  }
}

/** `terraform init` in each root module, one step each, with `terraform` at `bin`. */
async function initRoots(runner: Runner, bin: string, env: NodeJS.ProcessEnv): Promise<void> {
  for (const root of ROOTS) {
    await runner.run(`terraform init (${root.name})`, 'deps', bin, ['init', '-input=false', '-no-color'], {
      cwd: path.join(runner.workspace, 'roots', root.name),
      env,
    });
  }
}

/**
 * What DNS does on a real runner: a CLI config whose `host` block sends registry.terraform.io's
 * services to the fake registry. Terraform then talks to it directly (no proxy, no cache).
 */
export function writeDirectCliConfig(file: string, registryUrl: string): string {
  writeFileSync(
    file,
    `disable_checkpoint = true\nhost "registry.terraform.io" {\n  services = {\n    "modules.v1"   = "${registryUrl}/v1/modules/"\n    "providers.v1" = "${registryUrl}/v1/providers/"\n  }\n}\n`,
  );
  return file;
}

export const TERRAFORM_ENV = { CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };

export function incumbent(s: JobSetting, mainTfs: Record<string, string>): JobContender {
  const mise = miseBinary(s.repoRoot);
  const template = path.join(s.workDir, 'repo-incumbent');
  writeRoots(template, mainTfs, s.locks);
  const toml = ['[tools]', ...s.tools.map((t) => `"aqua:${t.tool.id}" = "${t.tool.version}"`), ''].join('\n');
  writeFileSync(path.join(template, 'mise.toml'), toml);
  const cliConfig = writeDirectCliConfig(path.join(s.workDir, 'incumbent.terraformrc'), s.upstream.registry.url);
  const step = path.join(s.repoRoot, 'bench', 'job', 'actionsCacheStep.mjs');
  const miseKey = `mise-Linux-X64-${hash(toml)}`;
  const pluginKey = `tf-plugins-Linux-X64-${hash(...ROOTS.map((r) => s.locks[r.name] ?? ''))}`;
  const terraform = s.tools.find((t) => t.realTerraform)!.tool;
  return {
    name: 'incumbent (mise + actions/cache)',
    template,
    setup: [
      `Steps: \`actions/cache\` restore of mise's data dir (key \`${miseKey.replace(/-[0-9a-f]{16}$/, '-<hash mise.toml>')}\`) and of \`TF_PLUGIN_CACHE_DIR\``,
      `(key \`tf-plugins-Linux-X64-<hash of the .terraform.lock.hcl files>\`) — each a \`node\` process running the real \`@actions/cache\` against the same cache service —,`,
      '`mise install` (npm `@jdxcode/mise`, `mise.toml` with `"aqua:<owner/repo>" = "<version>"`, the toolchain bench\'s settings), `terraform init` in each root with `TF_PLUGIN_CACHE_DIR` set;',
      'post: `actions/cache` save of each cache whose restore was not an exact hit, only when the job succeeded (`post-if: success()`).',
    ].join('\n'),
    async job(runner, status) {
      const data = path.join(runner.home, '.local', 'share', 'mise');
      const plugins = path.join(runner.home, '.terraform.d', 'plugin-cache');
      mkdirSync(plugins, { recursive: true });
      const cacheEnv = runner.env(s.cacheEnv);
      const restore = async (key: string, dir: string) => {
        const out = await runner.run(`actions/cache restore ${key.split('-')[0]}`, 'deps', process.execPath, [step, 'restore', key, dir], { env: cacheEnv });
        return /^matched-key=(.*)$/m.exec(out.stdout)?.[1] ?? '';
      };
      const miseHit = (await restore(miseKey, data)) === miseKey;
      const pluginHit = (await restore(pluginKey, plugins)) === pluginKey;
      const miseEnv = runner.env({
        ...miseSettings(s.upstream.replacements),
        MISE_DATA_DIR: data,
        MISE_CACHE_DIR: path.join(runner.home, '.cache', 'mise'),
        MISE_CONFIG_DIR: path.join(runner.home, '.config', 'mise'),
        MISE_STATE_DIR: path.join(runner.home, '.local', 'state', 'mise'),
        MISE_TRUSTED_CONFIG_PATHS: runner.workspace,
        MISE_YES: '1',
        GITHUB_API_URL: s.upstream.shimApiUrl,
        GITHUB_TOKEN: '',
        MISE_GITHUB_TOKEN: '',
      });
      try {
        await runner.run('mise install', 'deps', mise, ['install'], { env: miseEnv });
        const bin = path.join(data, 'installs', `aqua-${terraform.id.replaceAll('/', '-')}`, terraform.version, 'terraform');
        await initRoots(runner, bin, runner.env({ ...TERRAFORM_ENV, TF_CLI_CONFIG_FILE: cliConfig, TF_PLUGIN_CACHE_DIR: plugins }));
      } catch (err) {
        status.failed = true;
        throw err;
      }
      // Post steps run in reverse order; actions/cache saves on success, after a miss.
      if (!pluginHit) await runner.run('actions/cache save tf-plugins', 'post', process.execPath, [step, 'save', pluginKey, plugins], { env: cacheEnv });
      if (!miseHit) await runner.run('actions/cache save mise', 'post', process.execPath, [step, 'save', miseKey, data], { env: cacheEnv });
      return { extraCpuMs: 0, cacheHit: `${miseHit ? 'hit' : 'miss'}/${pluginHit ? 'hit' : 'miss'}` };
    },
  };
}

/**
 * `pluginCache`: the variant that also sets `TF_PLUGIN_CACHE_DIR` inside the cache root for the
 * `terraform init` steps (a workflow-level `env:`). Since the root action exports that same
 * directory itself (`plugin-cache`, default on) it measures the same as the plain contender;
 * kept so earlier variant runs can be repeated.
 */
export function atmosAction(s: JobSetting, mainTfs: Record<string, string>, lockFile?: string, options: { pluginCache?: boolean } = {}): JobContender {
  const bundle = path.join(s.repoRoot, 'dist', 'action', 'index.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
  const template = path.join(s.workDir, `repo-atmos${lockFile ? '-lock' : ''}${options.pluginCache ? '-plugins' : ''}`);
  writeRoots(template, mainTfs, s.locks);
  const registryFile = path.resolve(s.repoRoot, 'test', 'fixtures', 'aqua-registry', 'registry.yaml');
  writeFileSync(
    path.join(template, 'atmos.yaml'),
    // Checksums only, like the mise peer (MISE_AQUA_COSIGN=false …) and bench/toolchain: the fakes publish no signatures.
    stringify({
      toolchain: {
        registries: [{ type: 'aqua', source: registryFile }],
        url_replacements: s.upstream.replacements,
        verification: { signatures: 'disabled' },
      },
    }),
  );
  writeFileSync(path.join(template, '.tool-versions'), s.tools.map((t) => `${t.tool.id} ${t.tool.version}\n`).join(''));
  if (lockFile) writeFileSync(path.join(template, 'toolchain.lock.yaml'), readFileSync(lockFile));
  const inputs = {
    cache: 'true',
    mirror: 'true',
    'mirror-upstreams': `registry.terraform.io=${s.upstream.registry.url}\nregistry.opentofu.org=${s.upstream.tofuRegistry.url}`,
  };
  let run = 0;
  return {
    name: `${lockFile ? 'atmos-ts + toolchain.lock.yaml' : 'atmos-ts (root action)'}${options.pluginCache ? ' + TF_PLUGIN_CACHE_DIR' : ''}`,
    template,
    setup: [
      `Steps: \`uses: ./\` (\`node dist/action/index.js\`, inputs \`cache: true\`, \`mirror: true\`, \`mirror-upstreams\` = the fakes)${lockFile ? ' with a committed `toolchain.lock.yaml` (from `atmos-ts toolchain lock`)' : ''},`,
      '`.tool-versions` with the 5 tools, `atmos.yaml` `toolchain.registries` = the vendored Aqua registry, `toolchain.url_replacements` = the same map as mise;',
      "`terraform init` in each root (the installed terraform, `TF_CLI_CONFIG_FILE` and `TF_PLUGIN_CACHE_DIR` (`plugin-cache`, default on) from the action); post: the action's post step (stops the proxy, leaves out the provider zips the plugin cache holds, saves the cache root).",
    ].join('\n'),
    async job(runner, status) {
      // No GITHUB_SERVER_URL: a non-github.com server makes @actions/cache take the GHES (v1)
      // protocol. github.com downloads reach the fake through toolchain.url_replacements.
      const env = {
        ...s.cacheEnv,
        GITHUB_API_URL: s.upstream.github.apiUrl,
        GITHUB_RUN_ID: String(Date.now() * 10 + (run++ % 10)),
      };
      const main = await runner.action('atmos-ts (main)', 'deps', bundle, { inputs, env });
      const pid = Number(main.state['mirror-pid'] ?? 0);
      let proxyCpu = 0;
      let failure: Error | undefined;
      try {
        if (main.code !== 0) throw runner.failure('atmos-ts (main)', main);
        const binDir = main.pathAdded.find((d) => existsSync(path.join(d, 'terraform')));
        if (!binDir) throw new Error(`atmos-ts added no directory holding terraform to PATH: ${main.pathAdded.join(', ')}`);
        const plugins = path.join(runner.home, '.cache', 'atmos', 'terraform', 'plugins');
        if (options.pluginCache) mkdirSync(plugins, { recursive: true });
        await initRoots(
          runner,
          path.join(binDir, 'terraform'),
          runner.env({
            ...TERRAFORM_ENV,
            ...main.exported,
            ...(options.pluginCache ? { TF_PLUGIN_CACHE_DIR: plugins } : {}),
            PATH: [...main.pathAdded, process.env.PATH].join(path.delimiter),
          }),
        );
      } catch (err) {
        failure = err as Error;
        status.failed = true;
      }
      if (pid) proxyCpu = processCpuMs(pid);
      // The post step runs whatever happened (it stops the proxy); it saves only on success.
      const post = await runner.action('atmos-ts (post)', 'post', bundle, {
        inputs: { ...inputs, 'job-status': status.failed ? 'failure' : 'success' },
        env,
        state: main.state,
      });
      if (failure) throw failure;
      if (post.code !== 0) throw runner.failure('atmos-ts (post)', post);
      const notes = `${main.stdout}\n${main.stderr}\n${post.stdout}\n${post.stderr}`.split('\n').filter((l) => /cache|warn|error/i.test(l));
      return { extraCpuMs: proxyCpu, cacheHit: main.outputs['cache-hit'] === 'true' ? 'hit' : 'miss', notes };
    },
  };
}
