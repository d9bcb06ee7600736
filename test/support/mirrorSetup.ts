import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { tempDir } from './tmp.js';
import { FakeRegistry, generateSigningKey, type FakeModule, type FakeProvider, type SigningKey } from './terraformRegistry.js';

/** Shared fixtures for the proxy tests: a git repo with a tag, tar.gz module archives, a standard provider set. */
export const PLATFORMS = [
  { os: 'linux', arch: 'amd64' },
  { os: 'darwin', arch: 'arm64' },
  { os: 'windows', arch: 'amd64' },
];

export const NULL_PROVIDER: FakeProvider = {
  ns: 'hashicorp',
  type: 'null',
  versions: [
    { version: '3.2.0', platforms: PLATFORMS },
    { version: '3.2.4', platforms: PLATFORMS },
  ],
};

let keyPromise: Promise<SigningKey> | undefined;
export function signingKey(): Promise<SigningKey> {
  keyPromise ??= generateSigningKey();
  return keyPromise;
}

/** A git repository with a root module and `modules/label`, tagged v1.0.0; returns its path. */
export function makeGitRepo(): string {
  const dir = path.join(tempDir('atmos-ts-gitrepo-'), 'repo');
  mkdirSync(path.join(dir, 'modules', 'label'), { recursive: true });
  writeFileSync(path.join(dir, 'main.tf'), '# root module\n');
  writeFileSync(path.join(dir, 'modules', 'label', 'main.tf'), 'variable "name" {}\n');
  const git = (...args: string[]): void => {
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' },
    });
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'init');
  git('tag', 'v1.0.0');
  writeFileSync(path.join(dir, 'main.tf'), '# root module, newer\n');
  git('commit', '-q', '-am', 'later');
  return dir;
}

/** A tar.gz module package with `main.tf` and `sub/main.tf`. */
export async function makeModuleTarGz(label: string): Promise<Buffer> {
  const dir = tempDir('atmos-ts-modpkg-');
  mkdirSync(path.join(dir, 'sub'), { recursive: true });
  writeFileSync(path.join(dir, 'main.tf'), `# ${label}\n`);
  writeFileSync(path.join(dir, 'sub', 'main.tf'), `# ${label} sub\n`);
  const chunks: Buffer[] = [];
  const stream = tar.c({ gzip: true, cwd: dir, portable: true }, ['main.tf', 'sub']);
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startRegistry(
  host: string,
  options: { providers?: FakeProvider[]; modules?: FakeModule[]; token?: string; downloadsOn?: FakeRegistry; extraServices?: Record<string, unknown> } = {},
): Promise<FakeRegistry> {
  return new FakeRegistry(host, { ...options, signingKey: await signingKey() }).start();
}
