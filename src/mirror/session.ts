/**
 * One proxy for one run: start it, write the merged CLI config, and build the child
 * environment. Used by `atmos-ts terraform`, `terraform cache serve` and the tf-mirror action.
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AtmosError } from '../common/errors.js';
import { httpTimeouts } from '../common/http.js';
import { silentLogger, type Logger } from '../common/logger.js';
import type { LoadedConfig, TerraformCacheConfig } from '../config/index.js';
import { makeCliConfigDir, sweepOrphanCliConfigDirs } from './cliConfigTemp.js';
import { cliConfigLocations, describeMerge, type UserCliConfig, readUserCliConfig, renderCliConfig, upstreamCredentials, writeCliConfig } from './cliconfig.js';
import { startMirrorServer } from './server.js';
import type { HclObject } from './hcl1.js';
import { registryCacheLocation } from './layout.js';
import { ensureTls, writeTrustBundle } from './tls.js';
import { verifyTrust, type CommandRunner } from './trust.js';
import type { MirrorMode, MirrorServer, MirrorServerOptions, SavingsReport } from './types.js';
import type { UpstreamTimeouts } from './upstream.js';

export interface SessionSettings {
  root: string;
  mode: MirrorMode;
  port: number;
  metadataTtlMs: number;
  staleWhileRevalidateMs: number;
  hosts: string[];
  upstreams: Record<string, string>;
  /** Upstream artifact downloads: time to first byte, idle read, retry budget (atmos.yaml `http:`). */
  http?: UpstreamTimeouts;
  /** Fleet tier object store URL. */
  store?: string;
}

/** `components.terraform.cache` → settings (location default `<cache root>/terraform/registry`). */
export function sessionSettings(config: LoadedConfig, overrides: { mode?: MirrorMode; port?: number } = {}): SessionSettings {
  const c: TerraformCacheConfig = config.values.components.terraform.cache;
  return {
    root: registryCacheLocation(config),
    mode: overrides.mode ?? c.mode,
    port: overrides.port ?? c.port,
    metadataTtlMs: c.metadata_ttl,
    staleWhileRevalidateMs: c.stale_while_revalidate,
    hosts: (c.hosts ?? []).filter((h): h is string => Boolean(h)),
    upstreams: Object.fromEntries(Object.entries(c.upstreams ?? {}).filter((e): e is [string, string] => Boolean(e[1]))),
    http: httpTimeouts(config.values.http),
    store: c.store || undefined,
  };
}

/** Settings → proxy options (no TLS: the caller adds it for mirror mode). */
export function serverOptions(
  settings: SessionSettings,
  extra: { credentials: Record<string, string>; logger: Logger; env: NodeJS.ProcessEnv },
): MirrorServerOptions {
  return {
    root: settings.root,
    mode: settings.mode,
    port: settings.port,
    metadataTtlMs: settings.metadataTtlMs,
    staleWhileRevalidateMs: settings.staleWhileRevalidateMs,
    hosts: settings.hosts,
    upstreams: settings.upstreams,
    http: settings.http,
    store: settings.store,
    ...extra,
  };
}

export interface StartSessionOptions {
  settings: SessionSettings;
  logger?: Logger;
  /** The environment the child will inherit (and where TF_TOKEN_*, TF_CLI_CONFIG_FILE … are read). */
  env: NodeJS.ProcessEnv;
  /** Write the CLI config here (kept after close) instead of a temp file (removed on close). */
  cliConfigOut?: string;
  platform?: NodeJS.Platform;
  home?: string;
  /** OS command runner for the trust pre-flight (tests). */
  runner?: CommandRunner;
}

export interface MirrorSession {
  server: MirrorServer;
  settings: SessionSettings;
  /** The user's CLI config that was merged (e.g. to see whether they set plugin_cache_dir). */
  userConfig: UserCliConfig;
  cliConfigFile: string;
  /** Variables to add to the child's environment. */
  childEnv: Record<string, string>;
  /** Stop the proxy, remove a temp CLI config, return the savings report. Idempotent. */
  close(): Promise<SavingsReport>;
}

export async function startMirrorSession(options: StartSessionOptions): Promise<MirrorSession> {
  const { settings, env } = options;
  const logger = options.logger ?? silentLogger;
  const platform = options.platform ?? process.platform;
  await fs.mkdir(settings.root, { recursive: true });

  const user = await readUserCliConfig(cliConfigLocations(env, platform, options.home));
  const credentials = upstreamCredentials(user, env);
  for (const token of Object.values(credentials)) logger.secret(token);

  const tls = settings.mode === 'mirror' ? await ensureTls(settings.root, { logger }) : undefined;
  const server = await startMirrorServer({ ...serverOptions(settings, { credentials, logger, env }), tls: tls && { cert: tls.cert, key: tls.key } });
  let tempDir: string | undefined;
  try {
    const childEnv: Record<string, string> = {};
    if (tls) {
      await verifyTrust(settings.root, { platform, env, logger, runner: options.runner, home: options.home });
      if (platform !== 'darwin' && platform !== 'win32') {
        const bundle = await writeTrustBundle(tls, env);
        if (bundle) childEnv.SSL_CERT_FILE = bundle.file;
        else {
          logger.warn(
            'registry cache: no system CA bundle found (SSL_CERT_FILE unset and none of the usual /etc paths exist); terraform will not trust the mirror. Set SSL_CERT_FILE or use components.terraform.cache.mode: registry.',
          );
        }
      }
    }
    // In parallel: each may need an upstream discovery request.
    const hostServices: Record<string, HclObject> = Object.fromEntries(
      await Promise.all(
        server.hosts.map(
          async (host) =>
            [host, server.hostServiceDocument ? ((await server.hostServiceDocument(host)) as HclObject) : await server.hostServices(host)] as const,
        ),
      ),
    );
    const { text, notes } = renderCliConfig(user, { mode: settings.mode, hostServices, mirrorUrl: server.mirrorUrl, mirrorHosts: server.hosts });
    const merge = describeMerge(user, notes);
    if (merge.info) logger.info(merge.info);
    if (merge.warn) logger.warn(merge.warn);

    let cliConfigFile: string;
    if (options.cliConfigOut) cliConfigFile = path.resolve(options.cliConfigOut);
    else {
      await sweepOrphanCliConfigDirs();
      tempDir = makeCliConfigDir();
      cliConfigFile = path.join(tempDir, 'terraform.rc');
    }
    await writeCliConfig(cliConfigFile, text);
    // TOFU_CLI_CONFIG_FILE too: harmless today (OpenTofu reads TF_CLI_CONFIG_FILE) and
    // future OpenTofu releases would prefer it over the user's own value.
    childEnv.TF_CLI_CONFIG_FILE = cliConfigFile;
    childEnv.TOFU_CLI_CONFIG_FILE = cliConfigFile;
    logger.debug(`registry cache: ${settings.mode} mode at ${server.baseUrl.replace(/\/[^/]+\/$/, '/…/')}, CLI config ${cliConfigFile}`);

    let closed: Promise<SavingsReport> | undefined;
    return {
      server,
      settings,
      userConfig: user,
      cliConfigFile,
      childEnv,
      close() {
        closed ??= (async () => {
          await server.close();
          if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
          return server.report();
        })();
        return closed;
      },
    };
  } catch (err) {
    await server.close();
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
    if (err instanceof AtmosError) throw err;
    throw new AtmosError('cannot prepare the Terraform CLI config for the registry cache', { code: 'CLI_CONFIG', explanation: String(err), cause: err });
  }
}
