import { promises as fs } from 'node:fs';
import { jsonLines } from './announcement.js';
import type { ObjectStats, SavingsReport } from './types.js';

/**
 * Reading a stopped proxy's savings report back: from its `--report-file`, or from its log
 * (the serve command logs the report line as it stops). Unknown or mistyped fields are dropped.
 */
const REPORT_KEYS = ['hits', 'misses', 'bytesServedFromCache', 'bytesDownloaded', 'objectsAdded'] as const;

const OBJECT_NUMBERS = ['hits', 'misses', 'bytesServedFromCache', 'bytesDownloaded'] as const;

function asObjects(v: unknown): ObjectStats[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter(
    (o): o is ObjectStats =>
      !!o &&
      typeof o === 'object' &&
      (o.kind === 'provider' || o.kind === 'module') &&
      typeof o.name === 'string' &&
      OBJECT_NUMBERS.every((k) => typeof o[k] === 'number'),
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

/** The report a proxy wrote with `--report-file`, or undefined when missing or unreadable. */
export async function readReportFile(file: string): Promise<SavingsReport | undefined> {
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (!text) return undefined;
  try {
    // One line, so the same reader handles the file and the log.
    return findReport(JSON.stringify(JSON.parse(text)));
  } catch {
    return undefined;
  }
}
