import { formatBytes } from '../common/format.js';
import type { ObjectStats, ReportSubject, SavingsReport } from './types.js';

/** Bounds: a long-lived proxy must not grow its report without limit. */
const MAX_OBJECTS = 500;
const MAX_REASONS = 20;

/** Counters behind {@link SavingsReport}; one instance per server run. */
export class ReportCounters {
  private readonly objects = new Map<string, ObjectStats>();
  private readonly reasons: string[] = [];
  /** Errors already counted (a metadata failure is seen by the cache and again by the server). */
  private readonly counted = new WeakSet<object>();
  private readonly r: SavingsReport = {
    hits: 0,
    misses: 0,
    bytesServedFromCache: 0,
    bytesDownloaded: 0,
    objectsAdded: 0,
    staleServes: 0,
    upstreamErrors: 0,
    warnings: [],
  };

  hit(bytes: number, subject?: ReportSubject): void {
    this.r.hits++;
    this.r.bytesServedFromCache += bytes;
    const o = this.object(subject);
    if (o) {
      o.hits++;
      o.bytesServedFromCache += bytes;
    }
  }
  /** Bytes of a hit still streaming when counted (a client may disconnect mid-way). */
  servedBytes(bytes: number): void {
    this.r.bytesServedFromCache += bytes;
  }
  miss(subject?: ReportSubject): void {
    this.r.misses++;
    const o = this.object(subject);
    if (o) o.misses++;
  }
  downloaded(bytes: number, subject?: ReportSubject): void {
    this.r.bytesDownloaded += bytes;
    const o = this.object(subject);
    if (o) o.bytesDownloaded += bytes;
  }
  objectAdded(): void {
    this.r.objectsAdded++;
  }
  stale(warning: string): void {
    this.r.staleServes++;
    this.warn(warning);
  }
  /** Count an upstream failure once (by its error object) and keep why it happened. */
  upstreamError(reason: string, err?: unknown): void {
    if (err && typeof err === 'object') {
      if (this.counted.has(err)) return;
      this.counted.add(err);
    }
    this.r.upstreamErrors++;
    if (!this.reasons.includes(reason) && this.reasons.length < MAX_REASONS) this.reasons.push(reason);
  }
  warn(message: string): void {
    // Bounded and de-duplicated: a flapping upstream must not grow the report without limit.
    if (this.r.warnings.includes(message)) return;
    if (this.r.warnings.length < 50) this.r.warnings.push(message);
  }
  snapshot(): SavingsReport {
    return { ...this.r, warnings: [...this.r.warnings], objects: [...this.objects.values()].map((o) => ({ ...o })), upstreamErrorReasons: [...this.reasons] };
  }
  private object(subject: ReportSubject | undefined): ObjectStats | undefined {
    if (!subject) return undefined;
    const id = `${subject.kind} ${subject.name}`;
    let o = this.objects.get(id);
    if (!o && this.objects.size < MAX_OBJECTS) {
      o = { ...subject, hits: 0, misses: 0, bytesServedFromCache: 0, bytesDownloaded: 0 };
      this.objects.set(id, o);
    }
    return o;
  }
}

/** Share of requests answered from the cache, or undefined before any request. */
export function hitRatio(report: Pick<SavingsReport, 'hits' | 'misses'>): number | undefined {
  const total = report.hits + report.misses;
  return total === 0 ? undefined : report.hits / total;
}

const percent = (r: number | undefined) => (r === undefined ? 'n/a' : `${Math.round(r * 100)}%`);

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One console line, e.g. `Registry cache: 12 MB served from cache (34 hits); 3 MB downloaded (5 objects added); 1 stale serve; 0 upstream errors`. */
export function formatReportLine(report: SavingsReport): string {
  return (
    `Registry cache: ${formatBytes(report.bytesServedFromCache)} served from cache (${plural(report.hits, 'hit')}); ` +
    `${formatBytes(report.bytesDownloaded)} downloaded (${plural(report.objectsAdded, 'object')} added); ` +
    `${plural(report.staleServes, 'stale serve')}; ${plural(report.upstreamErrors, 'upstream error')}`
  );
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The GitHub Actions job summary: the headline (hit ratio, bytes saved), the counters, one
 * row per provider version / module source (most bytes first), and why upstream failed.
 */
export function formatReportTable(report: SavingsReport): string {
  const ratio = hitRatio(report);
  const rows: [string, string][] = [
    ['Hit ratio', ratio === undefined ? 'n/a (no requests)' : `${percent(ratio)} (${report.hits} of ${report.hits + report.misses} requests)`],
    ['Saved (served from cache)', formatBytes(report.bytesServedFromCache)],
    ['Cache hits', String(report.hits)],
    ['Cache misses', String(report.misses)],
    ['Downloaded from upstream', formatBytes(report.bytesDownloaded)],
    ['Objects added', String(report.objectsAdded)],
    ['Stale serves', String(report.staleServes)],
    ['Upstream errors', String(report.upstreamErrors)],
  ];
  const lines = ['### Terraform registry cache', '', '| Metric | Value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
  const objects = [...(report.objects ?? [])].sort(
    (a, b) => b.bytesServedFromCache + b.bytesDownloaded - (a.bytesServedFromCache + a.bytesDownloaded) || a.name.localeCompare(b.name),
  );
  if (objects.length > 0) {
    lines.push('', '#### Providers and modules', '', '| Kind | Name | Hits | Misses | From cache | Downloaded |', '| --- | --- | ---: | ---: | ---: | ---: |');
    for (const o of objects.slice(0, 50)) {
      lines.push(`| ${o.kind} | ${cell(o.name)} | ${o.hits} | ${o.misses} | ${formatBytes(o.bytesServedFromCache)} | ${formatBytes(o.bytesDownloaded)} |`);
    }
    if (objects.length > 50) lines.push('', `…and ${objects.length - 50} more.`);
  }
  const reasons = report.upstreamErrorReasons ?? [];
  if (report.upstreamErrors > 0) {
    lines.push('', '**Why upstream requests failed**', '');
    lines.push(...(reasons.length ? reasons.map((r) => `- ${cell(r)}`) : ['- (no reason recorded)']));
  }
  if (report.warnings.length > 0) {
    lines.push('', '**Warnings**', '', ...report.warnings.map((w) => `- ${cell(w)}`));
  }
  return `${lines.join('\n')}\n`;
}
