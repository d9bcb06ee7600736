/**
 * OS trust for the mirror-mode CA. Terraform is a Go program: on Linux it honours
 * SSL_CERT_FILE (we hand the child a bundle, no trust step needed); on macOS and Windows
 * Go uses the platform verifier, so the CA must be in the keychain / certificate store.
 * The trust store is only ever changed by the explicit `atmos-ts terraform cache trust`.
 */

import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathExists } from '../common/atomicFile.js';
import { AtmosError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { CA_COMMON_NAME, tlsFiles } from './tls.js';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs an OS command; injectable so tests can check which commands each platform gets. */
export type CommandRunner = (file: string, args: string[], options: { timeoutMs: number }) => Promise<CommandResult>;

export const execRunner: CommandRunner = (file, args, { timeoutMs }) =>
  new Promise((resolve) => {
    execFile(file, args, { timeout: timeoutMs, windowsHide: true }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: number | string; killed?: boolean }) | null;
      const code = !e ? 0 : typeof e.code === 'number' ? e.code : e.killed ? 124 : 127;
      resolve({ code, stdout: String(stdout), stderr: e && !stderr ? `${stderr}${e.message}` : String(stderr) });
    });
  });

export interface TrustContext {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home?: string;
  runner?: CommandRunner;
  logger: Logger;
}

export interface TrustCa {
  /** PEM file (macOS) */
  pem: string;
  /** DER file (certutil) */
  der: string;
  /** Serial number, hex: how certutil names a certificate in a store. */
  serial: string;
  /** SHA-1 fingerprint, hex: how `security delete-certificate -Z` names it. */
  sha1: string;
}

const TIMEOUT_MS = 30_000;

/** GitHub-hosted runners: sudo without a password (macOS), no UI for the per-user Root store prompt (Windows). */
export function onGitHubActions(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS === 'true' || Boolean(env.ACTIONS_ORCHESTRATION_ID) || Boolean(env.ACTIONS_RUNNER_RETURN_JOB_RESULT_FOR_HOSTED);
}

export function needsOsTrust(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

/** A command line to run; `alternatives` are tried in order until one succeeds. Pure. */
export type Plan = { file: string; args: string[] }[][];

export function trustPlan(ca: TrustCa, ctx: Pick<TrustContext, 'platform' | 'env' | 'home'>): Plan {
  const ci = onGitHubActions(ctx.env);
  const login = path.join(ctx.home ?? os.homedir(), 'Library', 'Keychains', 'login.keychain-db');
  if (ctx.platform === 'darwin') {
    const user = { file: 'security', args: ['add-trusted-cert', '-r', 'trustRoot', '-p', 'ssl', '-k', login, ca.pem] };
    return ci
      ? [
          [
            { file: 'sudo', args: ['security', 'add-trusted-cert', '-d', '-r', 'trustRoot', '-p', 'ssl', '-k', '/Library/Keychains/System.keychain', ca.pem] },
            user,
          ],
        ]
      : [[user]];
  }
  if (ctx.platform === 'win32') {
    return ci
      ? [
          [
            { file: 'certutil', args: ['-enterprise', '-f', '-addstore', 'Root', ca.der] },
            { file: 'certutil', args: ['-user', '-f', '-addstore', 'Root', ca.der] },
          ],
        ]
      : [[{ file: 'certutil', args: ['-user', '-f', '-addstore', 'Root', ca.der] }]];
  }
  return [];
}

export function untrustPlan(ca: TrustCa, ctx: Pick<TrustContext, 'platform' | 'env' | 'home'>): Plan {
  const ci = onGitHubActions(ctx.env);
  const login = path.join(ctx.home ?? os.homedir(), 'Library', 'Keychains', 'login.keychain-db');
  if (ctx.platform === 'darwin') {
    // Remove the trust setting, then the certificate itself from the keychain it was added to.
    return ci
      ? [
          [
            { file: 'sudo', args: ['security', 'remove-trusted-cert', '-d', ca.pem] },
            { file: 'security', args: ['remove-trusted-cert', ca.pem] },
          ],
          [
            { file: 'sudo', args: ['security', 'delete-certificate', '-Z', ca.sha1, '/Library/Keychains/System.keychain'] },
            { file: 'security', args: ['delete-certificate', '-Z', ca.sha1, login] },
          ],
        ]
      : [[{ file: 'security', args: ['remove-trusted-cert', ca.pem] }], [{ file: 'security', args: ['delete-certificate', '-Z', ca.sha1, login] }]];
  }
  if (ctx.platform === 'win32') {
    return ci
      ? [
          [
            { file: 'certutil', args: ['-enterprise', '-delstore', 'Root', ca.serial] },
            { file: 'certutil', args: ['-user', '-delstore', 'Root', ca.serial] },
          ],
        ]
      : [[{ file: 'certutil', args: ['-user', '-delstore', 'Root', ca.serial] }]];
  }
  return [];
}

/** Checks that answer "does the platform verifier trust this CA?" without a network call. */
export function verifyPlan(ca: TrustCa, serverCertPem: string, ctx: Pick<TrustContext, 'platform'>): Plan {
  if (ctx.platform === 'darwin') return [[{ file: 'security', args: ['verify-cert', '-c', serverCertPem, '-p', 'ssl', '-s', '127.0.0.1'] }]];
  if (ctx.platform === 'win32') {
    return [
      [
        { file: 'certutil', args: ['-user', '-verifystore', 'Root', ca.serial] },
        { file: 'certutil', args: ['-enterprise', '-verifystore', 'Root', ca.serial] },
        { file: 'certutil', args: ['-verifystore', 'Root', ca.serial] },
      ],
    ];
  }
  return [];
}

/** Run a plan: every step must succeed through one of its alternatives. */
async function runPlan(plan: Plan, runner: CommandRunner, logger: Logger): Promise<{ ok: boolean; failures: string[] }> {
  const failures: string[] = [];
  for (const step of plan) {
    let done = false;
    for (const cmd of step) {
      logger.debug(`running ${cmd.file} ${cmd.args.join(' ')}`);
      const r = await runner(cmd.file, cmd.args, { timeoutMs: TIMEOUT_MS });
      if (r.code === 0) {
        done = true;
        break;
      }
      failures.push(
        `${cmd.file} ${cmd.args.join(' ')} failed (${r.code === 124 ? `timed out after ${TIMEOUT_MS / 1000}s` : `exit ${r.code}`}): ${(r.stderr || r.stdout).trim()}`,
      );
    }
    if (!done) return { ok: false, failures };
  }
  return { ok: true, failures };
}

async function caFor(root: string): Promise<TrustCa & { serverPem: string }> {
  const files = tlsFiles(root);
  if (!(await pathExists(files.caCert))) {
    throw new AtmosError(`the registry cache CA does not exist yet (${files.caCert})`, {
      code: 'CA_MISSING',
      hint: 'Run `atmos-ts terraform cache serve --mode mirror` (or any mirror-mode run) once to generate it, or `atmos-ts terraform cache trust` generates it for you.',
    });
  }
  const cert = new X509Certificate(await readFile(files.caCert));
  return {
    pem: files.caCert,
    der: files.caCertDer,
    serial: cert.serialNumber.toUpperCase(),
    sha1: cert.fingerprint.replace(/:/g, ''),
    serverPem: files.serverCert,
  };
}

/** `atmos-ts terraform cache trust`. */
export async function installTrust(root: string, ctx: TrustContext): Promise<'installed' | 'not-required'> {
  if (!needsOsTrust(ctx.platform)) {
    ctx.logger.info('Not required on this platform: the Terraform child process trusts the registry cache CA through SSL_CERT_FILE automatically.');
    return 'not-required';
  }
  const ca = await caFor(root);
  const result = await runPlan(trustPlan(ca, ctx), ctx.runner ?? execRunner, ctx.logger);
  if (!result.ok) {
    throw new AtmosError('cannot install the registry cache CA into the OS trust store', {
      code: 'TRUST_STORE',
      explanation: result.failures.join('\n'),
      hint:
        ctx.platform === 'darwin'
          ? 'The keychain may ask for your password; run the command in a terminal session.'
          : 'Run the command in a session that can confirm the certificate prompt (or as administrator).',
    });
  }
  ctx.logger.success(`Trusted the Terraform registry cache CA (${CA_COMMON_NAME})`);
  return 'installed';
}

/** `atmos-ts terraform cache untrust`. */
export async function removeTrust(root: string, ctx: TrustContext): Promise<'removed' | 'not-required'> {
  if (!needsOsTrust(ctx.platform)) {
    ctx.logger.info('Not required on this platform: the registry cache CA is never added to the system trust store on Linux.');
    return 'not-required';
  }
  const ca = await caFor(root);
  const result = await runPlan(untrustPlan(ca, ctx), ctx.runner ?? execRunner, ctx.logger);
  if (!result.ok) {
    throw new AtmosError('cannot remove the registry cache CA from the OS trust store', {
      code: 'TRUST_STORE',
      explanation: result.failures.join('\n'),
      hint: 'It may already be gone; check Keychain Access (macOS) or certmgr.msc (Windows).',
    });
  }
  ctx.logger.success('Removed the Terraform registry cache CA from the trust store');
  return 'removed';
}

/**
 * Pre-flight for mirror mode on macOS/Windows: fail before Terraform does, with the fix,
 * instead of Terraform's "x509: certificate signed by unknown authority" in the middle of init.
 */
export async function verifyTrust(root: string, ctx: TrustContext): Promise<void> {
  if (!needsOsTrust(ctx.platform)) return;
  const ca = await caFor(root);
  const result = await runPlan(verifyPlan(ca, ca.serverPem, ctx), ctx.runner ?? execRunner, ctx.logger);
  if (!result.ok) {
    throw new AtmosError('the registry cache certificate is not trusted', {
      code: 'CACHE_CERT_UNTRUSTED',
      explanation: `terraform/tofu cannot verify the registry cache proxy's certificate because its CA (${ca.pem}) is not in the ${ctx.platform === 'darwin' ? 'macOS keychain' : 'Windows certificate store'}. Mirror mode needs https, and Go uses the OS verifier on this platform.`,
      hint: 'Run `atmos-ts terraform cache trust` once (it survives certificate renewals), or use `components.terraform.cache.mode: registry`, which needs no certificate.',
    });
  }
}
