import os from 'node:os';
import { median, percentile } from '../report.js';
import type { Timed } from './timing.js';
import type { BenchTool } from './tools.js';

/** One timed command: wall time and CPU time (user + sys, children included). */
export type Sample = Pick<Timed, 'ms' | 'cpuMs'>;

/** Everything one benchmark run measured (milliseconds), per contender name. */
export interface Results {
  tools: BenchTool[];
  coldRuns: number;
  warmRuns: number;
  execSamples: number;
  binaryBytes: number;
  assetBytes: number;
  cold: Record<string, Sample[]>;
  coldFromLock: Sample[];
  /** Cold installs from a committed lock, per atmos-ts build (this one, the baseline). */
  coldFromLockBy: Record<string, Sample[]>;
  /** Cold and from-lock installs with further binary sizes (BENCH_TOOLCHAIN_BINARY_KB=a,b,…), same run. */
  sizes: { kb: number; assetBytes: number; cold: Record<string, Sample[]>; coldFromLock: Record<string, Sample[]> }[];
  /** atmos-ts cold install with the registry index already built. */
  coldIndexCached: Sample[];
  warm: Record<string, Sample[]>;
  /** `direct` plus one list per contender. */
  exec: Record<string, Sample[]>;
  /** Upstream requests during one install (cold, from lock, warm). */
  requests: Record<string, { api: number; total: number; misses: number }>;
  failures: Record<string, string>;
  setup: Record<string, string>;
  node: { bare: Sample[]; cliVersion: Sample[] };
  /** 1-minute load averages at the start and end of the run (the machine is shared). */
  load: [number, number];
}

const EXEC_TARGET_MS = 60;
const MISE = 'mise';
const ATMOS = 'atmos-ts';
/** Results key of atmos-ts exec by binary name (`terraform`) rather than package name. */
export const SHORT = 'atmos-ts exec by binary name';

const ms = (v: number | undefined) => (v === undefined ? '—' : `${v.toFixed(v < 100 ? 1 : 0)} ms`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`);
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');
const le = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a <= b);

type Metric = 'ms' | 'cpuMs';

/** Median of one metric, with its p10–p90 spread for the table. */
function stat(samples: Sample[] | undefined, metric: Metric): { med?: number; text: string } {
  if (!samples?.length) return { text: '—' };
  const v = samples.map((x) => x[metric]);
  const m = median(v);
  const spread = v.length > 1 ? ` (p10 ${ms(percentile(v, 10))}, p90 ${ms(percentile(v, 90))})` : '';
  return { med: m, text: ms(m) + spread };
}

/** The comparison table for one metric (wall or CPU time); targets apply to wall time. */
function table(r: Results, metric: Metric): { markdown: string; lines: string[]; verdicts: string[] } {
  const s = (v: Sample[] | undefined) => stat(v, metric);
  const coldM = s(r.cold[MISE]);
  const coldA = s(r.cold[ATMOS]);
  const lockA = s(r.coldFromLock);
  const indexA = s(r.coldIndexCached);
  const warmM = s(r.warm[MISE]);
  const warmA = s(r.warm[ATMOS]);
  const direct = s(r.exec.direct);
  const execM = s(r.exec[MISE]);
  const execA = s(r.exec[ATMOS]);
  const execShort = s(r.exec[SHORT]);
  const over = (v: number | undefined) => (v === undefined || direct.med === undefined ? undefined : v - direct.med);
  const plus = (v: number | undefined) => (v === undefined ? '—' : `+${ms(v)}`);
  const wall = metric === 'ms';
  const target = (text: string, ok: boolean | undefined) => (wall ? `${text}${verdict(ok)}` : '');
  const rows: string[][] = [
    ['', 'mise', 'atmos-ts', 'atmos-ts / mise', wall ? 'target' : ''],
    [`Cold install, 10 tools (median of ${r.coldRuns})`, coldM.text, coldA.text, ratio(coldA.med, coldM.med), target('≤ 1.00×', le(coldA.med, coldM.med))],
    [`… atmos-ts with the registry index already cached (median of ${r.coldRuns})`, '—', indexA.text, `${ratio(indexA.med, coldM.med)} (vs mise cold)`, ''],
    [`… atmos-ts from a committed \`toolchain.lock.yaml\` (median of ${r.coldRuns})`, '—', lockA.text, `${ratio(lockA.med, coldM.med)} (vs mise cold)`, ''],
    [`Warm install, all present (median of ${r.warmRuns})`, warmM.text, warmA.text, ratio(warmA.med, warmM.med), target('≤ 1.00×', le(warmA.med, warmM.med))],
    [`\`exec <owner/repo> -- --version\` (median of ${r.execSamples}; direct: ${direct.text})`, execM.text, execA.text, ratio(execA.med, execM.med), ''],
    ['… atmos-ts by binary name (`toolchain exec terraform -- --version`)', '', execShort.text, ratio(execShort.med, execM.med), ''],
    [
      'exec overhead over running the binary directly',
      plus(over(execM.med)),
      plus(over(execA.med)) + (execShort.med === undefined ? '' : ` (by binary name ${plus(over(execShort.med))})`),
      '',
      target(`≤ +${EXEC_TARGET_MS} ms`, over(execA.med) === undefined ? undefined : over(execA.med)! <= EXEC_TARGET_MS),
    ],
  ];
  const markdown = [
    `| ${rows[0].join(' | ')} |`,
    `|${rows[0].map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  const lines = [
    `cold install   mise ${ms(coldM.med)}   atmos-ts ${ms(coldA.med)}   ratio ${ratio(coldA.med, coldM.med)}`,
    `cold, index cached              atmos-ts ${ms(indexA.med)}   ratio vs mise cold ${ratio(indexA.med, coldM.med)}`,
    `cold from lock                  atmos-ts ${ms(lockA.med)}   ratio vs mise cold ${ratio(lockA.med, coldM.med)}`,
    `warm install   mise ${ms(warmM.med)}   atmos-ts ${ms(warmA.med)}   ratio ${ratio(warmA.med, warmM.med)}`,
    `exec           direct ${ms(direct.med)}   mise ${ms(execM.med)} (${plus(over(execM.med))})   atmos-ts ${ms(execA.med)} (${plus(over(execA.med))})   by binary name ${ms(execShort.med)}`,
  ];
  const verdicts = wall
    ? [
        `cold${verdict(le(coldA.med, coldM.med)) || ' ?'}`,
        `warm${verdict(le(warmA.med, warmM.med)) || ' ?'}`,
        `exec overhead${verdict(over(execA.med) === undefined ? undefined : over(execA.med)! <= EXEC_TARGET_MS) || ' ?'}`,
      ]
    : [];
  return { markdown, lines, verdicts };
}

export function renderReport(r: Results): { console: string; markdown: string } {
  const wall = table(r, 'ms');
  const cpu = table(r, 'cpuMs');
  const nodeBare = stat(r.node.bare, 'ms');
  const nodeCli = stat(r.node.cliVersion, 'ms');
  const requests = Object.entries(r.requests)
    .map(([name, q]) => `${name}: ${q.total} requests (${q.api} to the GitHub API${q.misses ? `, ${q.misses} downloads of paths that do not exist` : ''})`)
    .join('; ');
  const failures = Object.entries(r.failures).map(([name, why]) => `- **${name} failed** — ${why.split('\n')[0]}`);
  const tools = r.tools.map((t) => `\`${t.id}@${t.version}\` (${t.kind}${t.checksum ? `, ${t.checksum.shape} checksum` : ', no checksum source'})`).join(', ');
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

  const markdown = [
    `**Wall time** (targets: cold and warm install no slower than mise, exec overhead ≤ ${EXEC_TARGET_MS} ms): ${wall.verdicts.join(', ')}`,
    '',
    wall.markdown,
    '',
    '**CPU time** (user + sys of the command and its children; far less sensitive to the load of a shared machine):',
    '',
    cpu.markdown,
    '',
    ...(failures.length ? [...failures, ''] : []),
    `Machine load (1-min load average, ${os.cpus().length} CPUs): ${r.load[0].toFixed(1)} at start, ${r.load[1].toFixed(1)} at end — runs are interleaved, so medians compare with each other; absolute numbers depend on the load.`,
    `Node baselines (same run): \`node -e 0\` ${nodeBare.text} wall, ${ms(stat(r.node.bare, 'cpuMs').med)} CPU; \`node dist/cli/index.js --version\` ${nodeCli.text} wall, ${ms(stat(r.node.cliVersion, 'cpuMs').med)} CPU.`,
    `Upstream requests per install — ${requests || 'not measured'}.`,
    '',
    "**Setup.** Both installers download from one loopback fake upstream started by the benchmark: the project's fake GitHub",
    '(`test/support/githubUpstream.ts`: releases API with asset `digest`s, release downloads) behind a small API shim that adds the',
    'release fields real clients require (`bench/toolchain/githubApiShim.ts`), plus a download host standing in for',
    '`releases.hashicorp.com`, `get.helm.sh` and `dl.k8s.io`. URL replacements map `https://github.com`, `https://api.github.com`',
    'and those hosts onto it, for both tools.',
    `Tools (linux/amd64, asset names exactly as the real Aqua definitions render them): ${tools}.`,
    `Each asset is a real archive holding a shell script that prints its version, padded to ${kib(r.binaryBytes)} with random`,
    `base64 comment lines (${kib(r.assetBytes)} of assets in total). Checksums are verified by both; signature and provenance`,
    'checks (cosign, SLSA, minisign, GitHub attestations) are switched off in mise because atmos-ts does not do them.',
    'Cold = empty install/cache/state directories; warm = run install again with everything installed;',
    `exec = ${r.execSamples / r.tools.length} rounds over the 10 tools, direct/mise/atmos-ts interleaved. Every command runs`,
    'under the same small bash wrapper that reads CPU time (`times`), the direct baseline included.',
    '',
    ...Object.entries(r.setup).map(([name, s]) => `- **${name}**: ${s.split('\n').join(' ')}`),
    '',
    'Reproduce: `npm ci && npm run build -- cli && npm run bench -- toolchain` (knobs: `BENCH_TOOLCHAIN_COLD_RUNS`,',
    '`BENCH_TOOLCHAIN_WARM_RUNS`, `BENCH_TOOLCHAIN_EXEC_ROUNDS`, `BENCH_TOOLCHAIN_BINARY_KB`, `BENCH_TOOLCHAIN_KEEP=1`).',
  ].join('\n');

  const lines = [
    'wall time:',
    ...wall.lines,
    `targets: ${wall.verdicts.join(', ')}`,
    'cpu time (user+sys):',
    ...cpu.lines,
    `node -e 0 ${ms(nodeBare.med)} (cpu ${ms(stat(r.node.bare, 'cpuMs').med)})   node dist/cli/index.js --version ${ms(nodeCli.med)} (cpu ${ms(stat(r.node.cliVersion, 'cpuMs').med)})   load ${r.load.map((l) => l.toFixed(1)).join(' → ')}`,
    `requests: ${requests}`,
    ...failures,
  ];
  return { console: lines.join('\n'), markdown };
}

/**
 * Before/after (issue 11): mise, the baseline build and this build side by side (and this build
 * under another Node when measured), cold and from-lock installs at every binary size measured,
 * and warm installs; wall and CPU time.
 */
export function renderSpeedReport(r: Results, who: { before: string; beforeLabel: string; other?: string }): { console: string; markdown: string } {
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const sizes = [{ kb: r.binaryBytes / 1024, assetBytes: r.assetBytes, cold: r.cold, coldFromLock: r.coldFromLockBy }, ...r.sizes];
  const columns = [
    { name: who.before, label: 'atmos-ts before' },
    { name: ATMOS, label: 'atmos-ts after' },
    ...(who.other ? [{ name: who.other, label: `after, ${who.other.replace(/^atmos-ts \((.*)\)$/, '$1')}` }] : []),
  ];
  const tableFor = (metric: Metric) => {
    const rows: string[][] = [
      ['', 'mise', ...columns.map((c) => c.label), ...columns.map((c) => `${c.label.replace(/^atmos-ts /, '')} / mise`), 'goal (after / mise)'],
    ];
    const lines: string[] = [];
    const add = (label: string, m: Sample[] | undefined, per: (name: string) => Sample[] | undefined, goal: number | undefined) => {
      const sm = stat(m, metric);
      const stats = columns.map((c) => stat(per(c.name), metric));
      const after = stats.slice(1);
      const verdicts = after.map((sa) => (goal === undefined || sa.med === undefined || sm.med === undefined ? undefined : sa.med <= goal * sm.med));
      rows.push([
        label,
        sm.text,
        ...stats.map((st) => st.text),
        ...stats.map((st) => ratio(st.med, sm.med)),
        goal === undefined ? '' : `≤ ${goal.toFixed(2)}×${verdicts.map(verdict).join(' /')}`,
      ]);
      lines.push(
        `${label.padEnd(58)} mise ${ms(sm.med).padStart(8)}  ${columns.map((c, i) => `${c.label} ${ms(stats[i].med)} (${ratio(stats[i].med, sm.med)})`).join('  ')}`,
      );
    };
    for (const size of sizes) {
      add(`Cold install, 10 tools, ${kib(size.kb * 1024)} binaries (${kib(size.assetBytes)} of assets)`, size.cold[MISE], (n) => size.cold[n], 1.0);
      add(`… from a committed lock, ${kib(size.kb * 1024)} binaries (vs mise cold)`, size.cold[MISE], (n) => size.coldFromLock[n], 0.9);
    }
    add(`Warm install, all present (median of ${r.warmRuns})`, r.warm[MISE], (n) => r.warm[n], 1.0);
    const markdown = [
      `| ${rows[0].join(' | ')} |`,
      `|${rows[0].map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
      ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`),
    ].join('\n');
    return { markdown, lines };
  };
  const wall = tableFor('ms');
  const cpu = tableFor('cpuMs');
  const nodeBare = stat(r.node.bare, 'ms');
  const warmAfter = stat(r.warm[ATMOS], 'ms');
  const markdown = [
    `Same run, interleaved, medians of ${r.coldRuns} cold / from-lock and ${r.warmRuns} warm runs (p10–p90 in brackets). **before** = the CLI bundle of`,
    `${who.beforeLabel}; **after** = this build, with the built-in registry (no \`registries:\` entry)${
      who.other
        ? `; **${columns[2].label}** = this build run by ${who.other.replace(/^atmos-ts \((.*)\)$/, '$1')} with its compile cache on (the runtime of our actions)`
        : ''
    }. Setup as in the section above;`,
    'the bigger-binary rows use a second loopback upstream in the same process, started after the 2 MiB runs.',
    `The goal column's ✓/✗ are for ${columns
      .slice(1)
      .map((c) => c.label)
      .join(' / ')}.`,
    '',
    '**Wall time**',
    '',
    wall.markdown,
    '',
    '**CPU time** (user + sys, children included)',
    '',
    cpu.markdown,
    '',
    `\`node -e 0\` in the same run: ${nodeBare.text}; warm install (after) = ${ratio(warmAfter.med, nodeBare.med)} of it (issue 11 goal for the Node path: ≤ 1.15×).`,
    `Machine load (1-min load average, ${os.cpus().length} CPUs): ${r.load[0].toFixed(1)} at start, ${r.load[1].toFixed(1)} at end.`,
  ].join('\n');
  return { console: ['before/after (wall):', ...wall.lines, 'before/after (cpu):', ...cpu.lines].join('\n'), markdown };
}
