import { promises as fs } from 'node:fs';
import type { ObjectStats, SavingsReport } from '../../mirror/types.js';

/**
 * The proxy announces itself with ONE JSON line on its log (`terraform cache serve`):
 * `{"url": …, "cli_config": …, "mode": …, "pid": …}`; on SIGTERM it stops and logs its
 * savings report. These pure readers find both among the other log lines.
 */
export interface ServeAnnouncement {
  url: string;
  cliConfig: string;
  mode?: string;
  pid?: number;
  /** Extra variables for Terraform (e.g. SSL_CERT_FILE in mirror mode on Linux). */
  env: Record<string, string>;
}

function jsonLines(log: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of log.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{') || !t.endsWith('}')) continue;
    try {
      const v = JSON.parse(t) as unknown;
      if (v && typeof v === 'object' && !Array.isArray(v)) out.push(v as Record<string, unknown>);
    } catch {
      /* a log line that merely looks like JSON */
    }
  }
  return out;
}

export function findAnnouncement(log: string): ServeAnnouncement | undefined {
  for (const o of jsonLines(log)) {
    const url = o.url;
    const cliConfig = o.cli_config ?? o.cliConfig;
    if (typeof url !== 'string' || typeof cliConfig !== 'string') continue;
    const env: Record<string, string> = {};
    const rawEnv = o.env && typeof o.env === 'object' ? (o.env as Record<string, unknown>) : {};
    for (const [k, v] of Object.entries(rawEnv)) if (typeof v === 'string') env[k] = v;
    for (const [key, name] of [['ssl_cert_file', 'SSL_CERT_FILE']] as const) {
      if (typeof o[key] === 'string' && !env[name]) env[name] = o[key] as string;
    }
    return { url, cliConfig, mode: typeof o.mode === 'string' ? o.mode : undefined, pid: typeof o.pid === 'number' ? o.pid : undefined, env };
  }
  return undefined;
}

const REPORT_KEYS = ['hits', 'misses', 'bytesServedFromCache', 'bytesDownloaded', 'objectsAdded'] as const;

const OBJECT_NUMBERS = ['hits', 'misses', 'bytesServedFromCache', 'bytesDownloaded'] as const;

function asObjects(v: unknown): ObjectStats[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter(
    (o): o is ObjectStats =>
      !!o && typeof o === 'object' && (o.kind === 'provider' || o.kind === 'module') && typeof o.name === 'string' && OBJECT_NUMBERS.every((k) => typeof o[k] === 'number'),
  );
}

function asReport(o: Record<string, unknown>): SavingsReport | undefined {
  if (!REPORT_KEYS.every((k) => typeof o[k] === 'number')) return undefined;
  const objects = asObjects(o.objects);
  const reasons = Array.isArray(o.upstreamErrorReasons) ? o.upstreamErrorReasons.filter((w): w is string => typeof w === 'string') : undefined;
  return {
    hits: o.hits as number,
    misses: o.misses as number,
    bytesServedFromCache: o.bytesServedFromCache as number,
    bytesDownloaded: o.bytesDownloaded as number,
    objectsAdded: o.objectsAdded as number,
    staleServes: typeof o.staleServes === 'number' ? o.staleServes : 0,
    upstreamErrors: typeof o.upstreamErrors === 'number' ? o.upstreamErrors : 0,
    warnings: Array.isArray(o.warnings) ? o.warnings.filter((w): w is string => typeof w === 'string') : [],
    ...(objects ? { objects } : {}),
    ...(reasons ? { upstreamErrorReasons: reasons } : {}),
  };
}

/** The last savings report in the log (top level or under `report`). */
export function findReport(log: string): SavingsReport | undefined {
  let found: SavingsReport | undefined;
  for (const o of jsonLines(log)) {
    found = asReport(o) ?? (o.report && typeof o.report === 'object' ? asReport(o.report as Record<string, unknown>) : undefined) ?? found;
  }
  return found;
}

export function lastLines(log: string, n = 20): string {
  return log.split('\n').filter((l) => l.trim()).slice(-n).join('\n');
}

export async function readLog(file: string): Promise<string> {
  return fs.readFile(file, 'utf8').catch(() => '');
}
