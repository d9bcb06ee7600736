import { median } from '../report.js';
import type { CliUnderTest } from './cli.js';
import type { Sample, ScenarioName } from './scenarios.js';

export interface RecoveryResults {
  clis: CliUnderTest[];
  runs: number;
  hungRuns: number;
  cutoffMs: number;
  /** Per CLI (same order as `clis`). */
  samples: Partial<Record<ScenarioName, Sample[]>>[];
  failures: Partial<Record<ScenarioName, string>>[];
  /** 1-minute load average at the start and at the end. */
  load: [number, number];
  seconds: number;
}

/** A figure: the median of one scenario's trials, or (start-up) a figure derived from several. */
interface Row {
  figure: string;
  goalMs?: number;
  /** The trials shown; a failure of this scenario replaces the cell. */
  scenario?: ScenarioName;
  /** What the CPU figure is of. */
  cpu?: 'CPU' | 'proxy CPU';
  custom?: (s: Partial<Record<ScenarioName, Sample[]>>) => string | undefined;
}

const secs = (ms: number) => (ms >= 10_000 ? (ms / 1000).toFixed(1) : (ms / 1000).toFixed(2));

/** Median wall (with every trial) and median CPU; "> cutoff" where trials were cut off. */
function timing(list: Sample[] | undefined, cutoffMs: number, cpuOf: string, goalMs?: number): string | undefined {
  if (!list?.length) return undefined;
  const m = median(list.map((s) => s.ms));
  const cut = list.some((s) => s.cutOff) && m >= cutoffMs;
  const wall = cut ? `> ${secs(cutoffMs)} s` : `${secs(m)} s`;
  const trials = list.map((s) => (s.cutOff ? `> ${secs(cutoffMs)}` : secs(s.ms))).join(' / ');
  const verdict =
    goalMs === undefined ? '' : cut && cutoffMs < goalMs ? ' — not known (cut off before the goal)' : m <= goalMs && !cut ? ' — met' : ' — **missed**';
  return `**${wall}**${verdict} (trials ${trials}; ${cpuOf} ${secs(median(list.map((s) => s.cpuMs)))} s)`;
}

const ROWS: Row[] = [
  {
    figure: 'Recovery after `kill -9` of an installer holding its install lock: the next `toolchain install`, start → done',
    goalMs: 1000,
    scenario: 'installRecovery',
    cpu: 'CPU',
  },
  { figure: '… baseline: the same cold install, no dead lock', scenario: 'installBaseline', cpu: 'CPU' },
  {
    figure: "Recovery after `kill -9` of the proxy filling a provider zip: Terraform's request sequence for it through a new proxy on the same cache",
    goalMs: 1000,
    scenario: 'proxyRecovery',
    cpu: 'proxy CPU',
  },
  { figure: '… baseline: the same sequence, cold cache, no dead lock', scenario: 'proxyBaseline', cpu: 'proxy CPU' },
  {
    figure: '… proxy start-up (spawn → ready line; not included above), all proxy trials',
    custom: (s) => {
      const starts = [...(s.proxyRecovery ?? []), ...(s.proxyBaseline ?? [])].map((x) => x.startMs ?? 0);
      return starts.length ? `${secs(median(starts))} s` : undefined;
    },
  },
  { figure: 'Time to fail: tool download, server accepts and never answers', goalMs: 45_000, scenario: 'hungTool', cpu: 'CPU' },
  { figure: 'Time to fail: provider zip through the proxy, upstream accepts and never answers', goalMs: 45_000, scenario: 'hungProxy', cpu: 'proxy CPU' },
  { figure: 'Time to fail: tool install, download host a closed loopback port', goalMs: 1000, scenario: 'unreachableTool', cpu: 'CPU' },
];

const MESSAGES: [ScenarioName, string][] = [
  ['unreachableTool', 'closed port, tool install'],
  ['hungTool', 'hung server, tool download'],
  ['hungProxy', 'hung upstream, provider request through the proxy'],
];

/** `recovery-<label slugs>`: one BENCHMARKS.md section per set of builds measured together. */
export function sectionName(clis: CliUnderTest[]): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
  return `recovery-${clis.map((c) => slug(c.label)).join('-vs-')}`;
}

export function renderRecovery(r: RecoveryResults): { console: string; markdown: string } {
  const head = `| figure | goal | ${r.clis.map((c) => c.label).join(' | ')} |`;
  const rule = `| --- | --- |${r.clis.map(() => ' --- |').join('')}`;
  const lines = ROWS.map((row) => {
    const cells = r.clis.map((_, i) => {
      const failed = row.scenario && r.failures[i][row.scenario];
      if (failed) return `failed: ${failed.split('\n')[0].replace(/\|/g, '\\|')}`;
      const cell = row.custom ? row.custom(r.samples[i]) : timing(r.samples[i][row.scenario!], r.cutoffMs, row.cpu ?? 'CPU', row.goalMs);
      return cell ?? '—';
    });
    const goal = row.goalMs === undefined ? '' : `≤ ${row.goalMs / 1000} s`;
    return `| ${row.figure} | ${goal} | ${cells.join(' | ')} |`;
  });
  const table = [head, rule, ...lines].join('\n');
  const clis = r.clis.map((c) => `- ${c.label}: \`${c.given}\` (bundle copied at the start; ${c.commit})`).join('\n');
  const messages = r.clis
    .flatMap((c, i) =>
      MESSAGES.map(([name, what]) => {
        const msg = r.samples[i][name]?.find((s) => s.message)?.message;
        return msg ? `- ${c.label}, ${what}: \`${msg.replace(/`/g, "'")}\`` : undefined;
      }),
    )
    .filter(Boolean)
    .join('\n');
  const failures = r.clis.flatMap((c, i) => Object.entries(r.failures[i]).map(([k, v]) => `- ${c.label}, ${k}:\n\n\`\`\`\n${v}\n\`\`\``)).join('\n');
  const markdown = [
    `### ${r.clis.map((c) => c.label).join(' vs ')}`,
    '',
    `CLI builds:\n${clis}`,
    '',
    `Medians of ${r.runs} trials (${r.hungRuns} for the hung upstreams, which run at the same time as each other after the rest and are killed at ${secs(r.cutoffMs)} s). ` +
      `Bench run ${Math.round(r.seconds)} s; 1-minute load average ${r.load[0].toFixed(1)} at the start, ${r.load[1].toFixed(1)} at the end (the machine is shared).`,
    '',
    table,
    messages ? `\nError lines the user sees (what failed / why):\n\n${messages}` : '',
    failures ? `\nFailed trials:\n\n${failures}` : '',
  ].join('\n');
  return { console: `${table}\n${messages}`, markdown };
}
