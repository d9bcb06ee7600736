/**
 * The Terraform CLI config a run uses: the user's own config (so nothing they rely on
 * disappears once we set TF_CLI_CONFIG_FILE) plus what routes registry traffic through
 * the proxy. Ours owns the `host` blocks of the hosts the proxy impersonates; their
 * `provider_installation` is kept (registry mode) or merged with our mirror (mirror mode);
 * everything else of theirs is kept, and every replacement and overlap is logged.
 */

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../common/atomicFile.js';
import { normalizeHost, tokensFromEnv } from './credentials.js';
import { blockBodies, isObject, parseHcl1, singleBody, type HclObject, type HclValue } from './hcl1.js';
import { mergeProviderInstallation, parseProviderInstallation, type UserProviderInstallation } from './providerInstallation.js';
import type { MirrorMode } from './types.js';

export interface UserCliConfig {
  /** Files read, in the order Terraform reads them. */
  files: string[];
  /** Host (comparison form) → credentials block body (`token = …`). */
  credentials: Record<string, HclObject>;
  /** `credentials_helper "<name>" { args = […] }` (Terraform allows one). */
  credentialsHelper?: { name: string; body: HclObject };
  /** Host (as written) → host block body (`services = {…}`). */
  hosts: Record<string, HclObject>;
  /** Other top-level settings (plugin_cache_dir, disable_checkpoint, …), rendered back as they were. */
  other: HclObject;
  /** Their provider_installation block (the last one read) and its file. */
  providerInstallation?: UserProviderInstallation;
}

export interface CliConfigLocations {
  /** The main file Terraform reads, and whether the user chose it by environment variable. */
  main?: { file: string; fromEnv: boolean };
  /** `~/.terraform.d` (`%APPDATA%\terraform.d`); read only when no env override is set, as Terraform does. */
  configDir?: string;
}

/** Where Terraform looks (`cliconfig.go`: `cliConfigFile`, `ConfigDir`). */
export function cliConfigLocations(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = os.homedir()): CliConfigLocations {
  const override = env.TF_CLI_CONFIG_FILE || env.TERRAFORM_CONFIG;
  if (override) return { main: { file: path.resolve(override), fromEnv: true } };
  if (platform === 'win32') {
    const appData = env.APPDATA || path.join(home, 'AppData', 'Roaming');
    return { main: { file: path.join(appData, 'terraform.rc'), fromEnv: false }, configDir: path.join(appData, 'terraform.d') };
  }
  return { main: { file: path.join(home, '.terraformrc'), fromEnv: false }, configDir: path.join(home, '.terraform.d') };
}

/** Read and merge the user's CLI config files the way Terraform would (later files win per key). */
export async function readUserCliConfig(locations: CliConfigLocations): Promise<UserCliConfig> {
  const files: string[] = [];
  if (locations.main) files.push(locations.main.file);
  if (locations.configDir) {
    let names: string[] = [];
    try {
      names = (await fs.readdir(locations.configDir)).filter((n) => n.endsWith('.tfrc') || n.endsWith('.tfrc.json')).sort();
    } catch {
      // No config directory: nothing to merge.
    }
    files.push(...names.map((n) => path.join(locations.configDir!, n)));
  }
  const merged: UserCliConfig = { files: [], credentials: {}, hosts: {}, other: {} };
  for (const file of files) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      // A missing default file is normal; a missing TF_CLI_CONFIG_FILE is what Terraform ignores too.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    merged.files.push(file);
    mergeParsed(merged, await parseHcl1(text, file), file);
  }
  return merged;
}

function mergeParsed(into: UserCliConfig, parsed: HclObject, file: string): void {
  for (const [key, value] of Object.entries(parsed)) {
    switch (key) {
      case 'credentials':
        for (const [host, body] of Object.entries(blockBodies(value))) into.credentials[safeNormalize(host)] = body;
        break;
      case 'credentials_helper': {
        const [name, body] = Object.entries(blockBodies(value))[0] ?? [];
        if (name && body) into.credentialsHelper = { name, body };
        break;
      }
      case 'host':
        for (const [host, body] of Object.entries(blockBodies(value))) into.hosts[host] = body;
        break;
      case 'provider_installation':
        into.providerInstallation = parseProviderInstallation(value, file);
        break;
      default:
        into.other[key] = value;
    }
  }
}

function safeNormalize(host: string): string {
  try {
    return normalizeHost(host);
  } catch {
    return host.toLowerCase();
  }
}

/** Upstream tokens for the proxy: `credentials` blocks, overridden by `TF_TOKEN_*` (Terraform's precedence). */
export function upstreamCredentials(user: UserCliConfig, env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [host, body] of Object.entries(user.credentials)) if (typeof body.token === 'string' && body.token) out[host] = body.token;
  return { ...out, ...tokensFromEnv(env) };
}

export interface ProxyCliConfig {
  mode: MirrorMode;
  /** Host → services of its `host` block (from `MirrorServer.hostServiceDocument`/`hostServices`). */
  hostServices: Record<string, HclObject>;
  /** Mirror mode: the network-mirror URL (https, ending in `/`). */
  mirrorUrl?: string;
  /** Mirror mode: provider hosts the mirror serves (its `include`, and `direct`'s `exclude`). */
  mirrorHosts?: string[];
}

/** What the merge kept and replaced, for the log line that says so. */
export interface MergeNotes {
  kept: string[];
  replaced: string[];
  /** Their installation methods that also cover a proxied host (mirror mode). */
  overlaps: string[];
}

/** Render the generated config: the user's settings first, then ours. Pure. */
export function renderCliConfig(user: UserCliConfig, proxy: ProxyCliConfig): { text: string; notes: MergeNotes } {
  const notes: MergeNotes = { kept: [], replaced: [], overlaps: [] };
  const lines: string[] = ['# Generated by atmos-ts for one run (Terraform registry cache). Do not edit: it is removed afterwards.', ''];
  const ours = new Set(Object.keys(proxy.hostServices).map(safeNormalize));

  for (const [key, value] of Object.entries(user.other).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(...renderTopLevel(key, value));
    notes.kept.push(key);
  }
  for (const [host, body] of Object.entries(user.credentials).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(...renderBlock('credentials', [host], body));
  }
  if (Object.keys(user.credentials).length > 0) notes.kept.push(`credentials for ${Object.keys(user.credentials).sort().join(', ')}`);
  if (user.credentialsHelper) {
    lines.push(...renderBlock('credentials_helper', [user.credentialsHelper.name], user.credentialsHelper.body));
    notes.kept.push(`credentials_helper "${user.credentialsHelper.name}"`);
  }
  for (const [host, body] of Object.entries(user.hosts).sort(([a], [b]) => a.localeCompare(b))) {
    if (ours.has(safeNormalize(host))) {
      notes.replaced.push(`host "${host}"`);
      continue;
    }
    lines.push(...renderBlock('host', [host], body));
    notes.kept.push(`host "${host}"`);
  }
  for (const [host, services] of Object.entries(proxy.hostServices).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(...renderBlock('host', [host], { services }));
  }
  const mirrorHosts = proxy.mirrorHosts ?? Object.keys(proxy.hostServices);
  const installation = mergeProviderInstallation(user.providerInstallation, { mode: proxy.mode, mirrorUrl: proxy.mirrorUrl, mirrorHosts });
  if (installation) {
    lines.push(
      ...renderBlock(
        'provider_installation',
        [],
        {},
        installation.methods.flatMap((m) => renderBlock(m.kind, [], m.body)),
      ),
    );
  }
  if (user.providerInstallation) {
    notes.kept.push(
      proxy.mode === 'mirror'
        ? `provider_installation (with the registry cache's network_mirror for ${mirrorHosts.join(', ')}, excluded from direct)`
        : 'provider_installation',
    );
    notes.overlaps.push(...(installation?.overlaps ?? []));
  }
  return { text: `${lines.join('\n').trimEnd()}\n`, notes };
}

/** The log line a merge deserves: what was kept and what the proxy overrides (never silent). */
export function describeMerge(user: UserCliConfig, notes: MergeNotes): { info?: string; warn?: string } {
  if (user.files.length === 0) return {};
  const from = user.files.join(', ');
  return {
    info:
      notes.kept.length > 0
        ? `Terraform CLI config: merged ${from} into the generated config (kept ${notes.kept.join('; ')})`
        : `Terraform CLI config: merged ${from} into the generated config`,
    warn:
      [
        notes.replaced.length > 0
          ? `Terraform CLI config: the registry cache replaces ${notes.replaced.join(', ')} from ${from} for this run (registry traffic goes through the proxy)`
          : '',
        ...notes.overlaps.map((o) => `Terraform CLI config: ${o}`),
      ]
        .filter(Boolean)
        .join('\n') || undefined,
  };
}

/** Write 0600 (the file may hold credentials), atomically. */
export async function writeCliConfig(file: string, text: string): Promise<void> {
  await writeFileAtomic(file, text, { mode: 0o600 });
}

/* ---- HCL rendering (HCL1 syntax, which both Terraform and OpenTofu read for CLI configs) ---- */

function renderTopLevel(key: string, value: HclValue): string[] {
  // HCL1 decodes an unlabelled block as a list of objects: write it back as a block.
  if (Array.isArray(value) && value.length > 0 && value.every(isObject)) {
    const body = singleBody(value) ?? {};
    return renderBlock(key, [], body);
  }
  return [`${renderKey(key)} = ${renderValue(value, '')}`, ''];
}

function renderBlock(type: string, labels: string[], body: HclObject, nested: string[] = []): string[] {
  const head = [type, ...labels.map((l) => JSON.stringify(l))].join(' ');
  const inner = [...Object.entries(body).map(([k, v]) => `${renderKey(k)} = ${renderValue(v, '  ')}`), ...nested.filter((l) => l !== '')];
  if (inner.length === 0) return [`${head} {}`, ''];
  return [`${head} {`, ...inner.map((l) => `  ${l}`), '}', ''];
}

function renderKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
}

function renderValue(value: HclValue, indent: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return renderString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => renderValue(v, indent)).join(', ')}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  // Map keys are always quoted: service IDs such as "modules.v1" contain dots.
  return `{\n${entries.map(([k, v]) => `${indent}  ${JSON.stringify(k)} = ${renderValue(v, `${indent}  `)}`).join('\n')}\n${indent}}`;
}

/**
 * HCL1 strings use JSON's escapes. No `$${` escaping: the CLI config is decoded without
 * interpolation, so a `${` in a token stays literal.
 */
function renderString(s: string): string {
  return JSON.stringify(s);
}
