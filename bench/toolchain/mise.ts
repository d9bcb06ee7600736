import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Contender } from './contender.js';
import type { BenchTool } from './tools.js';

/**
 * mise, from the `@jdxcode/mise` npm package (its preinstall fetches the platform package
 * `@jdxcode/mise-linux-x64` from the npm registry; nothing comes from GitHub). Tools are
 * pinned in a project `mise.toml` with explicit `aqua:` backends, so mise resolves them with
 * the Aqua registry baked into its binary — the same definitions atmos-ts reads from the
 * registry fixture.
 */
export function miseBinary(repoRoot: string): string {
  const bin = path.join(repoRoot, 'node_modules', '@jdxcode', 'mise', 'bin', 'mise');
  if (!existsSync(bin)) {
    throw new Error(
      `mise not found at ${bin}. Run \`npm ci\` (the @jdxcode/mise preinstall script installs @jdxcode/mise-linux-x64 from the npm registry; it must not be skipped with --ignore-scripts).`,
    );
  }
  return bin;
}

/**
 * The mise settings every benchmark uses: upstream hosts rewritten to the fakes, no versions
 * host, and mise's signature/provenance checks off so it does the same work as atmos-ts
 * (mise still verifies sha256: SHA256SUMS files or the API digest).
 */
export function miseSettings(replacements: Record<string, string>): Record<string, string> {
  return {
    MISE_URL_REPLACEMENTS: JSON.stringify(replacements),
    MISE_USE_VERSIONS_HOST: 'false',
    MISE_AQUA_COSIGN: 'false',
    MISE_AQUA_SLSA: 'false',
    MISE_AQUA_MINISIGN: 'false',
    MISE_AQUA_GITHUB_ATTESTATIONS: 'false',
    MISE_GITHUB_ATTESTATIONS: 'false',
    MISE_SLSA: 'false',
    MISE_GITHUB_GH_CLI_TOKENS: 'false',
  };
}

export function miseContender(opts: { repoRoot: string; workDir: string; tools: BenchTool[]; replacements: Record<string, string> }): Contender {
  const bin = miseBinary(opts.repoRoot);
  const root = path.join(opts.workDir, 'mise');
  const project = path.join(root, 'project');
  const state = path.join(root, 'state');
  const home = path.join(root, 'home');
  mkdirSync(project, { recursive: true });
  mkdirSync(home, { recursive: true });
  const toml = ['[tools]', ...opts.tools.map((t) => `"aqua:${t.id}" = "${t.version}"`), ''].join('\n');
  writeFileSync(path.join(project, 'mise.toml'), toml);

  const settings = miseSettings(opts.replacements);
  const env = {
    ...process.env,
    ...settings,
    HOME: home,
    MISE_DATA_DIR: path.join(state, 'data'),
    MISE_CACHE_DIR: path.join(state, 'cache'),
    MISE_CONFIG_DIR: path.join(state, 'config'),
    MISE_STATE_DIR: path.join(state, 'state'),
    MISE_TRUSTED_CONFIG_PATHS: project,
    MISE_YES: '1',
    GITHUB_TOKEN: '',
    MISE_GITHUB_TOKEN: '',
  };
  const version = execFileSync(bin, ['--version'], { env, encoding: 'utf8' }).trim();
  const settingLines = Object.entries(settings)
    .map(([k, v]) => `${k}=${k === 'MISE_URL_REPLACEMENTS' ? '\'{"https://github.com": "<fake>", …}\'' : v}`)
    .join(' ');

  return {
    name: 'mise',
    setup: [
      `mise ${version} (npm \`@jdxcode/mise\`, default \`jobs\` = 8), project \`mise.toml\` with \`"aqua:<owner/repo>" = "<version>"\` for the 10 tools.`,
      `Env: ${settingLines}; isolated \`HOME\`, \`MISE_DATA_DIR\`, \`MISE_CACHE_DIR\`, \`MISE_CONFIG_DIR\`, \`MISE_STATE_DIR\`.`,
      'Install: `mise install`; exec: `mise exec aqua:<id>@<version> -- <bin> --version`.',
    ].join('\n'),
    reset() {
      rmSync(state, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
      mkdirSync(state, { recursive: true });
      mkdirSync(home, { recursive: true });
    },
    install: () => ({ cmd: bin, args: ['install'], cwd: project, env }),
    exec: (t) => ({ cmd: bin, args: ['exec', `aqua:${t.id}@${t.version}`, '--', t.bin, '--version'], cwd: project, env }),
    binaryPath: (t) => path.join(state, 'data', 'installs', `aqua-${t.id.replaceAll('/', '-')}`, t.version, t.kind === 'raw' ? t.bin : t.inner),
  };
}
