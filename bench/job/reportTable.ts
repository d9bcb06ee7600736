/**
 * The job benchmark's report: per contender, cold and warm medians of the dependency phase
 * (wall and CPU), post steps, upstream and cache traffic; ratios atmos-ts / incumbent; the
 * flakiness success rates; the goals met or missed. Markdown for BENCHMARKS.md and a console
 * version.
 */
import { median } from '../report.js';
import type { UpstreamCounts } from './upstream.js';

export interface JobRecord {
  ok: boolean;
  error?: string;
  cacheHit: string;
  depsMs: number;
  depsCpuMs: number;
  postMs: number;
  postCpuMs: number;
  steps: { name: string; ms: number }[];
  upstream: UpstreamCounts;
  /** Cache archive bytes restored / saved. */
  cacheDown: number;
  cacheUp: number;
}

export interface JobResults {
  network: { apiLatencyMs: number; downloadLatencyMs: number; bytesPerSecond: number };
  faults: { failureRate: number; outageMs: number; outageStartMaxMs: number };
  runs: number;
  flakyRuns: number;
  tools: { id: string; version: string; bytes: number }[];
  providers: { type: string; version: string; bytes: number }[];
  contenders: string[];
  setup: Record<string, string>;
  cold: Record<string, JobRecord[]>;
  warm: Record<string, JobRecord[]>;
  flaky: Record<string, JobRecord[]>;
  load: [number, number];
}

const MB = (b: number) => `${(b / 1e6).toFixed(b < 1e7 ? 1 : 0)} MB`;
const sec = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

function med(records: JobRecord[] | undefined, pick: (r: JobRecord) => number): number | undefined {
  const ok = (records ?? []).filter((r) => r.ok);
  return ok.length ? median(ok.map(pick)) : undefined;
}

/** What made a failed job fail: the step and its first telling line. */
function cause(r: JobRecord): string {
  const first = (r.error ?? '').split('\n');
  const step = /^step "([^"]+)"/.exec(first[0])?.[1] ?? first[0].slice(0, 60);
  const line = first.slice(1).find((l) => /error|fail|refus|503|502|reset|status/i.test(l)) ?? '';
  return `${step}${line ? `: ${line.trim().slice(0, 140)}` : ''}`;
}

export function renderJobReport(r: JobResults): { console: string; markdown: string } {
  // The first contender is the incumbent; every other one is compared with it.
  const [inc, ...others] = r.contenders;
  const rows: string[] = [];
  const header =
    '| contender | job | deps wall | deps CPU | post wall | upstream requests | upstream bytes | GitHub API calls | cache restored | cache saved | succeeded |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  for (const c of r.contenders) {
    for (const kind of ['cold', 'warm'] as const) {
      const recs = r[kind][c] ?? [];
      const m = (f: (x: JobRecord) => number) => med(recs, f);
      rows.push(
        `| ${c} | ${kind} | ${sec(m((x) => x.depsMs))} | ${sec(m((x) => x.depsCpuMs))} | ${sec(m((x) => x.postMs))} | ${m((x) => x.upstream.requests) ?? '—'} | ${MB(m((x) => x.upstream.bytes) ?? 0)} | ${m((x) => x.upstream.githubApi) ?? '—'} | ${MB(m((x) => x.cacheDown) ?? 0)} | ${MB(m((x) => x.cacheUp) ?? 0)} | ${recs.filter((x) => x.ok).length}/${recs.length} |`,
      );
    }
  }
  const dep = (c: string, kind: 'cold' | 'warm', f: (x: JobRecord) => number = (x) => x.depsMs) => med(r[kind][c], f);
  const ratioRows = others.map(
    (c) =>
      `| ${c} | ${ratio(dep(c, 'cold'), dep(inc, 'cold'))} | ${ratio(
        dep(c, 'cold', (x) => x.depsCpuMs),
        dep(inc, 'cold', (x) => x.depsCpuMs),
      )} | ${ratio(dep(c, 'warm'), dep(inc, 'warm'))} | ${ratio(
        dep(c, 'warm', (x) => x.depsCpuMs),
        dep(inc, 'warm', (x) => x.depsCpuMs),
      )} |`,
  );
  const flakyRows = r.contenders
    .filter((c) => r.flaky[c])
    .map((c) => {
      const recs = r.flaky[c];
      const failed = recs.filter((x) => !x.ok);
      const causes = new Map<string, number>();
      for (const f of failed) causes.set(cause(f), (causes.get(cause(f)) ?? 0) + 1);
      const injected = median(recs.map((x) => x.upstream.failures));
      return `| ${c} | ${recs.length - failed.length}/${recs.length} (${((100 * (recs.length - failed.length)) / recs.length).toFixed(0)} %) | ${injected} | ${[...causes].map(([k, n]) => `${n}× ${k.replace(/\|/g, '\\|')}`).join('<br>') || '—'} |`;
    });

  const rate = (c: string) => (r.flaky[c]?.length ? r.flaky[c].filter((x) => x.ok).length / r.flaky[c].length : undefined);
  const goal = (what: string, ok: boolean | undefined, got: string) =>
    `- ${what}: ${got} — ${ok === undefined ? 'not measured' : ok ? '**met**' : '**MISSED**'}`;
  const goals: string[] = [];
  for (const c of others) {
    const w = dep(c, 'warm');
    const wi = dep(inc, 'warm');
    const cd = dep(c, 'cold');
    const ci = dep(inc, 'cold');
    const warmReq = med(r.warm[c], (x) => x.upstream.requests);
    goals.push(
      goal(`${c}: warm dependency time ≤ 0.5× the incumbent's`, w !== undefined && wi !== undefined ? w <= 0.5 * wi : undefined, ratio(w, wi)),
      goal(`${c}: cold dependency time ≤ 1.0×`, cd !== undefined && ci !== undefined ? cd <= ci : undefined, ratio(cd, ci)),
      goal(`${c}: warm upstream requests 0`, warmReq === undefined ? undefined : warmReq === 0, String(warmReq ?? '—')),
    );
    const fr = rate(c);
    const fi = rate(inc);
    if (fr !== undefined)
      goals.push(
        goal(
          `${c}: 100 % success under the fault schedule (incumbent lower)`,
          fr === 1 && fi !== undefined && fi < 1,
          `${(fr * 100).toFixed(0)} % vs incumbent ${fi === undefined ? '—' : `${(fi * 100).toFixed(0)} %`}`,
        ),
      );
  }

  const steps = r.contenders
    .map((c) => {
      const line = (kind: 'cold' | 'warm') => {
        const recs = (r[kind][c] ?? []).filter((x) => x.ok);
        if (!recs.length) return `${kind}: —`;
        const names = recs[0].steps.map((s) => s.name);
        return `${kind}: ${names.map((n) => `${n} ${sec(median(recs.map((x) => x.steps.find((s) => s.name === n)?.ms ?? 0)))}`).join(', ')}`;
      };
      return `- **${c}** — ${line('cold')}; ${line('warm')}`;
    })
    .join('\n');
  const n = r.network;
  const markdown = [
    `A Terraform job's dependency phase on a fresh runner — install 5 pinned tools, then \`terraform init\` (the real terraform, installed by the contender) in 4 root modules sharing ${r.providers.length} providers and 10 registry modules — cold (empty caches) and warm (caches saved by the previous job), median of ${r.runs} interleaved cold+warm pairs per contender. "deps" = cache restore + install + init (what the job waits for before its first plan); CPU = user+sys of the steps' process trees (plus the registry-cache proxy for atmos-ts); post = the cache saves / proxy stop at the end of the job. Load average ${r.load.map((l) => l.toFixed(1)).join(' → ')} (2-core machine shared with other work: ratios, not absolute seconds, are the result).`,
    '',
    `**Network model** (test/support/upstreamConditions.ts on the fake GitHub, releases host and registry): time to first byte ${n.downloadLatencyMs} ms for downloads (a CDN edge: TCP+TLS handshake and one hop), ${n.apiLatencyMs} ms for API and registry metadata calls (an origin across a region); ${(n.bytesPerSecond / 1e6).toFixed(0)} MB/s per connection (one CDN download on a hosted runner; parallel downloads each get their own). The cache service (Azurite) is not slowed: on GitHub it sits next to the runners.`,
    '',
    `**Sizes**: tools ${r.tools.map((t) => `${t.id.split('/').pop()} ${t.version} ${MB(t.bytes)}`).join(', ')} (terraform is the real binary, zipped); providers ${r.providers.map((p) => `${p.type} ${MB(p.bytes)}`).join(', ')} (aws is ~140 MB upstream, scaled down: each job moves it several times on a shared 2-core machine); modules ~100 KB tarballs.`,
    '',
    header,
    ...rows,
    '',
    '| atmos-ts / incumbent | cold wall | cold CPU | warm wall | warm CPU |\n| --- | ---: | ---: | ---: | ---: |',
    ...ratioRows,
    '',
    `**Flakiness** — warm jobs (caches from one clean cold job) with ${(r.faults.failureRate * 100).toFixed(0)} % of upstream requests failing (502 or connection reset, seeded) and one ${(r.faults.outageMs / 1000).toFixed(0)} s registry outage (503 for every request) starting 0–${(r.faults.outageStartMaxMs / 1000).toFixed(0)} s into the job; ${r.flakyRuns} jobs per contender:`,
    '',
    ...(flakyRows.length
      ? ['| contender | jobs succeeded | faults hit per job (median) | failures (step: cause) |\n| --- | ---: | ---: | --- |', ...flakyRows]
      : ['Not run in this pass (`BENCH_JOB_FLAKY_RUNS=0`).']),
    '',
    'Goals:',
    ...goals,
    '',
    'Median step times:',
    steps,
    '',
    'Setups:',
    ...r.contenders.map((c) => `- **${c}**: ${r.setup[c]}`),
  ].join('\n');
  const consoleText = [...rows, '', ...ratioRows, '', ...flakyRows, '', ...goals].join('\n');
  return { console: consoleText, markdown };
}
