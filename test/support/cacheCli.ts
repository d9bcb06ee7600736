import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run `atmos-ts …` in-process with extra env (restored afterwards), capturing what it
 * writes to stdout and stderr.
 */
export async function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  // The test runner reports through stdout with Buffers; our CLI writes strings. Capture only strings.
  process.stdout.write = function (chunk: string | Uint8Array, ...rest: unknown[]) {
    if (typeof chunk !== 'string') return (out as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
    stdout += chunk;
    return true;
  } as typeof process.stdout.write;
  process.stderr.write = function (chunk: string | Uint8Array, ...rest: unknown[]) {
    if (typeof chunk !== 'string') return (err as (...a: unknown[]) => boolean).call(process.stderr, chunk, ...rest);
    stderr += chunk;
    return true;
  } as typeof process.stderr.write;
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  try {
    const code = await main(['node', 'atmos-ts', ...args]);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = exitCode;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** A repository with atmos.yaml and committed pins. */
export function makeRepo(dir: string, ciCache: string, pins = 'terraform 1.9.8\n'): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'atmos.yaml'), `ci:\n  cache:\n${ciCache.replace(/^/gm, '    ')}\n`);
  writeFileSync(path.join(dir, '.tool-versions'), pins);
  writeFileSync(path.join(dir, 'toolchain.lock.yaml'), `version: 1\n# ${pins}`);
  return dir;
}

/** A small cache root with tools, a plugin, and every kind of secret that must never be archived. */
export function makeCacheRoot(root: string): void {
  const files: [string, string, number][] = [
    ['toolchain/bin/terraform', '#!/bin/sh\necho tf\n', 0o755],
    ['toolchain/versions/terraform/1.9.8/README', 'readme', 0o644],
    ['terraform/plugins/registry.terraform.io/hashicorp/null/3.2.0/linux_amd64/provider', 'provider-bin', 0o750],
    ['terraform/registry/index.json', '{}', 0o644],
    ['terraform/registry/tls/proxy-key.pem', 'PRIVATE KEY', 0o600],
    ['terraform/registry/tls/proxy-cert.pem', 'CERT', 0o644],
    ['.atmos-ts/state.json', '{}', 0o600],
    ['auth/session.json', 'SESSION', 0o600],
    ['aws-sso/cache.json', 'SSO', 0o600],
    ['credentials/token', 'TOKEN', 0o600],
    ['.hidden-tool/config', 'hidden', 0o640],
  ];
  for (const [rel, content, mode] of files) {
    const p = path.join(root, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
    chmodSync(p, mode);
  }
}

export const SECRET_PATHS = [
  'terraform/registry/tls/proxy-key.pem',
  'terraform/registry/tls/proxy-cert.pem',
  '.atmos-ts/state.json',
  'auth/session.json',
  'aws-sso/cache.json',
  'credentials/token',
];
export const KEPT_FILES: [string, number][] = [
  ['toolchain/bin/terraform', 0o755],
  ['toolchain/versions/terraform/1.9.8/README', 0o644],
  ['terraform/plugins/registry.terraform.io/hashicorp/null/3.2.0/linux_amd64/provider', 0o750],
  ['terraform/registry/index.json', 0o644],
  ['.hidden-tool/config', 0o640],
];
