import { formatBytes } from '../common/logger.js';
import type { SavingsReport } from './types.js';

/** Counters behind {@link SavingsReport}; one instance per server run. */
export class ReportCounters {
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

  hit(bytes: number): void {
    this.r.hits++;
    this.r.bytesServedFromCache += bytes;
  }
  /** Bytes of a hit still streaming when counted (a client may disconnect mid-way). */
  servedBytes(bytes: number): void {
    this.r.bytesServedFromCache += bytes;
  }
  miss(): void {
    this.r.misses++;
  }
  downloaded(bytes: number): void {
    this.r.bytesDownloaded += bytes;
  }
  objectAdded(): void {
    this.r.objectsAdded++;
  }
  stale(warning: string): void {
    this.r.staleServes++;
    this.warn(warning);
  }
  upstreamError(): void {
    this.r.upstreamErrors++;
  }
  warn(message: string): void {
    // Bounded and de-duplicated: a flapping upstream must not grow the report without limit.
    if (this.r.warnings.includes(message)) return;
    if (this.r.warnings.length < 50) this.r.warnings.push(message);
  }
  snapshot(): SavingsReport {
    return { ...this.r, warnings: [...this.r.warnings] };
  }
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One console line, e.g. `Registry cache: 12 MB served from cache (34 hits); 3 MB downloaded (5 objects added); 1 stale serve; 0 upstream errors`. */
export function formatReportLine(report: SavingsReport): string {
  return (
    `Registry cache: ${formatBytes(report.bytesServedFromCache)} served from cache (${plural(report.hits, 'hit')}); ` +
    `${formatBytes(report.bytesDownloaded)} downloaded (${plural(report.objectsAdded, 'object')} added); ` +
    `${plural(report.staleServes, 'stale serve')}; ${plural(report.upstreamErrors, 'upstream error')}`
  );
}

/** A markdown table for the GitHub Actions job summary. */
export function formatReportTable(report: SavingsReport): string {
  const rows: [string, string][] = [
    ['Cache hits', String(report.hits)],
    ['Cache misses', String(report.misses)],
    ['Served from cache', formatBytes(report.bytesServedFromCache)],
    ['Downloaded from upstream', formatBytes(report.bytesDownloaded)],
    ['Objects added', String(report.objectsAdded)],
    ['Stale serves', String(report.staleServes)],
    ['Upstream errors', String(report.upstreamErrors)],
  ];
  const lines = ['### Terraform registry cache', '', '| Metric | Value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
  if (report.warnings.length > 0) {
    lines.push('', '**Warnings**', '', ...report.warnings.map((w) => `- ${w.replace(/\|/g, '\\|')}`));
  }
  return `${lines.join('\n')}\n`;
}
