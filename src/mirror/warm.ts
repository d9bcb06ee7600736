/**
 * `atmos-ts terraform cache warm`: pre-fetch providers through a proxy started in-process,
 * with Terraform's own request sequence (versions → download → zip, SHA256SUMS, .sig), so
 * the cache fills exactly as a real `terraform init` would fill it.
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { AtmosError, errorMessage } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { Platform } from '../common/platform.js';
import { mapLimit } from '../common/mapLimit.js';
import { normalizeHost } from './credentials.js';
import { blockBodies, isObject, parseHcl1 } from './hcl1.js';
import type { MirrorServer } from './types.js';

export interface WarmTarget {
  host: string;
  ns: string;
  type: string;
  /** Exact version (lock file) … */
  version?: string;
  /** … or a Terraform version constraint (`required_providers`). */
  constraint?: string;
  from: string;
}

export interface WarmOutcome {
  provider: string;
  version?: string;
  platform: string;
  status: 'cached' | 'unsupported' | 'failed';
  bytes?: number;
  error?: string;
}

/** `registry.terraform.io/hashicorp/aws`, `hashicorp/aws` → address parts (default host for short forms). */
export function parseProviderSource(source: string, defaultHost: string): { host: string; ns: string; type: string } | undefined {
  const parts = source.trim().split('/');
  if (parts.length === 2) return { host: defaultHost, ns: parts[0]!.toLowerCase(), type: parts[1]!.toLowerCase() };
  if (parts.length === 3) return { host: normalizeHost(parts[0]!), ns: parts[1]!.toLowerCase(), type: parts[2]!.toLowerCase() };
  return undefined;
}

/**
 * Providers named by `.terraform.lock.hcl` files (exact versions) and module directories
 * (`required_providers` in `*.tf`; constraints). A directory containing a lock file uses the
 * lock file: that is what `terraform init` would install.
 */
export async function warmTargets(inputs: string[], defaultHost = 'registry.terraform.io'): Promise<WarmTarget[]> {
  const out: WarmTarget[] = [];
  for (const input of inputs) {
    const st = await fs.stat(input).catch(() => undefined);
    if (!st) throw new AtmosError(`${input} does not exist`, { code: 'WARM_INPUT', hint: 'Pass .terraform.lock.hcl files or module directories.' });
    if (st.isFile()) {
      out.push(...(input.endsWith('.tf') ? await requiredProviders([input], defaultHost) : await lockFileProviders(input)));
      continue;
    }
    const lock = path.join(input, '.terraform.lock.hcl');
    if (await fs.stat(lock).catch(() => undefined)) out.push(...(await lockFileProviders(lock)));
    else {
      const tf = (await fs.readdir(input)).filter((n) => n.endsWith('.tf')).map((n) => path.join(input, n));
      out.push(...(await requiredProviders(tf, defaultHost)));
    }
  }
  const seen = new Set<string>();
  return out.filter((t) => {
    const k = `${t.host}/${t.ns}/${t.type}@${t.version ?? t.constraint ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

async function lockFileProviders(file: string): Promise<WarmTarget[]> {
  const parsed = await parseHcl1(await fs.readFile(file, 'utf8'), file);
  const out: WarmTarget[] = [];
  for (const [source, body] of Object.entries(blockBodies(parsed.provider))) {
    const addr = parseProviderSource(source, 'registry.terraform.io');
    if (addr && typeof body.version === 'string') out.push({ ...addr, version: body.version, from: file });
  }
  return out;
}

/**
 * `terraform { required_providers { … } }` from `.tf` files. HCL2 files are not HCL1, but
 * the inside of `required_providers` (objects of strings) is: cut the block out by brace
 * matching and parse only that, instead of needing a full HCL2 parser.
 */
async function requiredProviders(files: string[], defaultHost: string): Promise<WarmTarget[]> {
  const out: WarmTarget[] = [];
  for (const file of files) {
    const text = await fs.readFile(file, 'utf8');
    for (const inner of blocksNamed(text, 'required_providers')) {
      const parsed = await parseHcl1(inner, file);
      for (const [name, value] of Object.entries(parsed)) {
        const spec = Array.isArray(value) && value.length === 1 && isObject(value[0]) ? value[0] : isObject(value) ? value : undefined;
        // Legacy form `aws = "~> 5.0"`.
        const source = typeof spec?.source === 'string' ? spec.source : `hashicorp/${name}`;
        const constraint = typeof spec?.version === 'string' ? spec.version : typeof value === 'string' ? value : undefined;
        const addr = parseProviderSource(source, defaultHost);
        if (addr) out.push({ ...addr, constraint, from: file });
      }
    }
  }
  return out;
}

/** Bodies of every `name { … }` block in HCL text (comments and strings skipped when matching braces). */
export function blocksNamed(text: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`(^|[\\s{])${name}\\s*\\{`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    let depth = 1;
    let i = start;
    while (i < text.length && depth > 0) {
      const c = text[i]!;
      if (c === '"') {
        for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? text.length : end + 1;
      } else if (c === '{') depth++;
      else if (c === '}') depth--;
      i++;
    }
    if (depth === 0) out.push(text.slice(start, i - 1));
  }
  return out;
}

/** Terraform constraint syntax (`~> 1.2`, `>= 1.0, < 2.0`, `= 1.2.3`, `!= 1.3.0`) → a semver range. Pure. */
export function constraintToRange(constraint: string): string {
  const parts: string[] = [];
  for (const raw of constraint.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?([0-9][0-9A-Za-z.+-]*)\s*$/.exec(raw);
    if (!m) throw new AtmosError(`invalid version constraint ${JSON.stringify(constraint)}`, { code: 'WARM_CONSTRAINT' });
    const op = m[1] ?? '=';
    const segs = m[2]!.split('-')[0]!.split('.').map(Number);
    const full = semver.coerce(m[2]!)?.version ?? m[2]!;
    if (op === '~>') {
      // Only the rightmost given segment may grow: ~> 1.2 → <2.0.0, ~> 1.2.3 → <1.3.0, ~> 1 → <2.0.0.
      const upper = segs.length <= 2 ? `${(segs[0] ?? 0) + 1}.0.0` : `${segs[0]}.${(segs[1] ?? 0) + 1}.0`;
      parts.push(`>=${full} <${upper}`);
    } else if (op === '!=') parts.push(`<${full} || >${full}`);
    else parts.push(`${op === '=' ? '' : op}${full}`);
  }
  // `!=` introduces alternatives; distribute the other parts over them.
  const [first, ...rest] = parts;
  return rest.reduce(
    (acc, p) =>
      acc
        .split('||')
        .flatMap((a) => p.split('||').map((b) => `${a.trim()} ${b.trim()}`))
        .join(' || '),
    first ?? '*',
  );
}

/** Fetch every target for every platform through the proxy (registry protocol). */
export async function warmProviders(
  server: MirrorServer,
  targets: WarmTarget[],
  platforms: Platform[],
  options: { logger: Logger; concurrency?: number },
): Promise<WarmOutcome[]> {
  const services = new Map<string, string>();
  const jobs: (() => Promise<WarmOutcome>)[] = [];
  for (const t of targets) {
    for (const pl of platforms) {
      jobs.push(async () => {
        const provider = `${t.host}/${t.ns}/${t.type}`;
        const platform = `${pl.os}_${pl.arch}`;
        try {
          if (!server.hosts.includes(t.host)) {
            throw new AtmosError(`registry host ${t.host} is not proxied; add it to components.terraform.cache.hosts`, { code: 'HOST_NOT_PROXIED' });
          }
          if (!services.has(t.host)) services.set(t.host, (await server.hostServices(t.host))['providers.v1']!);
          const base = services.get(t.host)!;
          const versions = await getJson<{ versions?: { version: string; platforms?: { os: string; arch: string }[] }[] }>(`${base}${t.ns}/${t.type}/versions`);
          const available = (versions.versions ?? []).filter((v) => !v.platforms || v.platforms.some((p) => p.os === pl.os && p.arch === pl.arch));
          const version =
            t.version ??
            semver.maxSatisfying(
              available.map((v) => v.version).filter((v) => semver.valid(v)),
              t.constraint ? constraintToRange(t.constraint) : '*',
            ) ??
            undefined;
          if (!version || !available.some((v) => v.version === version)) return { provider, version: version ?? t.constraint, platform, status: 'unsupported' };
          const dl = await getJson<{ download_url: string; shasums_url?: string; shasums_signature_url?: string }>(
            `${base}${t.ns}/${t.type}/${version}/download/${pl.os}/${pl.arch}`,
          );
          let bytes = 0;
          for (const url of [dl.download_url, dl.shasums_url, dl.shasums_signature_url]) {
            if (url) bytes += await drain(new URL(url, base).toString());
          }
          options.logger.debug(`warm: ${provider} ${version} ${platform} cached`);
          return { provider, version, platform, status: 'cached', bytes };
        } catch (err) {
          if (err instanceof WarmStatusError && err.status === 404) return { provider, version: t.version ?? t.constraint, platform, status: 'unsupported' };
          return { provider, version: t.version ?? t.constraint, platform, status: 'failed', error: errorMessage(err) };
        }
      });
    }
  }
  const task = options.logger.task('Warming the registry cache', { total: jobs.length, unit: 'items' });
  let done = 0;
  const results = await mapLimit(jobs, options.concurrency ?? 4, async (job) => {
    const outcome = await job();
    task.update(++done);
    return outcome;
  });
  const failed = results.filter((r) => r.status === 'failed').length;
  if (failed > 0) task.fail(`${failed} of ${jobs.length} provider downloads failed`);
  else task.succeed(`${results.filter((r) => r.status === 'cached').length} provider packages cached`);
  return results;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json', 'user-agent': 'atmos-ts (cache warm)' } });
  const text = await res.text();
  if (res.status !== 200) throw new WarmStatusError(url, res.status, text);
  return JSON.parse(text) as T;
}

async function drain(url: string): Promise<number> {
  const res = await fetch(url, { headers: { 'user-agent': 'atmos-ts (cache warm)' } });
  if (res.status !== 200) throw new WarmStatusError(url, res.status, await res.text());
  return (await res.arrayBuffer()).byteLength;
}

/** A non-200 answer from the proxy; a 404 means the provider has no such version or platform. */
class WarmStatusError extends AtmosError {
  readonly status: number;
  constructor(url: string, status: number, body: string) {
    super(`GET ${redactSecret(url)} → ${status}: ${body.slice(0, 200)}`, { code: 'HTTP_STATUS', context: { status } });
    this.status = status;
  }
}

/** The proxy's path secret never goes into messages. */
function redactSecret(url: string): string {
  return url.replace(/^(https?:\/\/127\.0\.0\.1:\d+\/)[^/]+\//, '$1…/');
}
