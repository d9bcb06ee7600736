import { median, percentile } from '../report.js';
import type { BenchTool } from './tools.js';

/** Everything one benchmark run measured (milliseconds), per contender name. */
export interface Results {
  tools: BenchTool[];
  coldRuns: number;
  warmRuns: number;
  execSamples: number;
  binaryBytes: number;
  assetBytes: number;
  cold: Record<string, number[]>;
  coldFromLock: number[];
  warm: Record<string, number[]>;
  /** `direct` plus one list per contender. */
  exec: Record<string, number[]>;
  /** Upstream requests during one cold install. */
  requests: Record<string, { api: number; total: number }>;
  failures: Record<string, string>;
  setup: Record<string, string>;
  node: { bare: number[]; cliVersion: number[] };
}

const EXEC_TARGET_MS = 60;
const MISE = 'mise';
const ATMOS = 'atmos-ts';

const ms = (v: number | undefined) => (v === undefined ? '—' : `${v.toFixed(v < 100 ? 1 : 0)} ms`);
const med = (v: number[] | undefined) => (v && v.length ? median(v) : undefined);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`);
const spread = (v: number[] | undefined) => (v && v.length > 1 ? ` (p10 ${ms(percentile(v, 10))}, p90 ${ms(percentile(v, 90))})` : '');
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');

export function renderReport(r: Results): { console: string; markdown: string } {
  const coldM = med(r.cold[MISE]);
  const coldA = med(r.cold[ATMOS]);
  const lockA = med(r.coldFromLock);
  const warmM = med(r.warm[MISE]);
  const warmA = med(r.warm[ATMOS]);
  const direct = med(r.exec.direct);
  const execM = med(r.exec[MISE]);
  const execA = med(r.exec[ATMOS]);
  const over = (v: number | undefined) => (v === undefined || direct === undefined ? undefined : v - direct);
  const overM = over(execM);
  const overA = over(execA);
  const le = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a <= b);

  const rows: string[][] = [
    ['', 'mise', 'atmos-ts', 'atmos-ts / mise', 'target'],
    [
      `Cold install, 10 tools (median of ${r.coldRuns})`,
      ms(coldM) + spread(r.cold[MISE]),
      ms(coldA) + spread(r.cold[ATMOS]),
      ratio(coldA, coldM),
      `≤ 1.00×${verdict(le(coldA, coldM))}`,
    ],
    [
      `Cold install from committed \`toolchain.lock.yaml\` (median of ${r.coldRuns})`,
      '—',
      ms(lockA) + spread(r.coldFromLock),
      `${ratio(lockA, coldM)} (vs mise cold)`,
      '',
    ],
    [
      `Warm install, all present (median of ${r.warmRuns})`,
      ms(warmM) + spread(r.warm[MISE]),
      ms(warmA) + spread(r.warm[ATMOS]),
      ratio(warmA, warmM),
      `≤ 1.00×${verdict(le(warmA, warmM))}`,
    ],
    [
      `\`exec <tool> -- --version\` (median of ${r.execSamples}; direct: ${ms(direct)})`,
      ms(execM) + spread(r.exec[MISE]),
      ms(execA) + spread(r.exec[ATMOS]),
      ratio(execA, execM),
      '',
    ],
    [
      'exec overhead over running the binary directly',
      overM === undefined ? '—' : `+${ms(overM)}`,
      overA === undefined ? '—' : `+${ms(overA)}`,
      '',
      `≤ +${EXEC_TARGET_MS} ms${verdict(overA === undefined ? undefined : overA <= EXEC_TARGET_MS)}`,
    ],
  ];
  const table = [
    `| ${rows[0].join(' | ')} |`,
    `|${rows[0].map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

  const requests = Object.entries(r.requests)
    .map(([name, q]) => `${name}: ${q.total} requests (${q.api} to the GitHub API)`)
    .join('; ');
  const failures = Object.entries(r.failures).map(([name, why]) => `- **${name} failed** — ${why.split('\n')[0]}`);
  const tools = r.tools.map((t) => `\`${t.id}@${t.version}\` (${t.kind}${t.checksum ? `, ${t.checksum.shape} checksum` : ', no checksum source'})`).join(', ');
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

  const markdown = [
    table,
    '',
    ...(failures.length ? [...failures, ''] : []),
    `Node baselines (same run): \`node -e 0\` ${ms(med(r.node.bare))}, \`node dist/cli/index.js --version\` ${ms(med(r.node.cliVersion))}.`,
    `Upstream requests during one cold install — ${requests || 'not measured'}.`,
    '',
    '**Setup.** Both installers download from one loopback fake upstream started by the benchmark: the project\'s fake GitHub',
    '(`test/fakes/githubUpstream.ts`: releases API with asset `digest`s, release downloads) behind a small API shim that adds the',
    'release fields real clients require (`bench/toolchain/githubApiShim.ts`), plus a download host standing in for',
    '`releases.hashicorp.com`, `get.helm.sh` and `dl.k8s.io`. URL replacements map `https://github.com`, `https://api.github.com`',
    'and those hosts onto it, for both tools.',
    `Tools (linux/amd64, asset names exactly as the real Aqua definitions render them): ${tools}.`,
    `Each asset is a real archive holding a shell script that prints its version, padded to ${kib(r.binaryBytes)} with`,
    `incompressible bytes (${kib(r.assetBytes)} of assets in total). Checksums are verified by both; signature and provenance`,
    'checks (cosign, SLSA, minisign, GitHub attestations) are switched off in mise because atmos-ts does not do them.',
    'Cold = empty install/cache/state directories; warm = run install again with everything installed;',
    `exec = ${r.execSamples / r.tools.length} rounds over the 10 tools, direct/mise/atmos-ts interleaved.`,
    '',
    ...Object.entries(r.setup).map(([name, s]) => `- **${name}**: ${s.split('\n').join(' ')}`),
  ].join('\n');

  const lines = [
    `cold install   mise ${ms(coldM)}   atmos-ts ${ms(coldA)}   ratio ${ratio(coldA, coldM)}`,
    `cold from lock                  atmos-ts ${ms(lockA)}   ratio vs mise cold ${ratio(lockA, coldM)}`,
    `warm install   mise ${ms(warmM)}   atmos-ts ${ms(warmA)}   ratio ${ratio(warmA, warmM)}`,
    `exec           direct ${ms(direct)}   mise ${ms(execM)} (+${ms(overM)})   atmos-ts ${ms(execA)} (+${ms(overA)})   target ≤ +${EXEC_TARGET_MS} ms`,
    `node -e 0 ${ms(med(r.node.bare))}   node dist/cli/index.js --version ${ms(med(r.node.cliVersion))}`,
    `requests: ${requests}`,
    ...failures,
  ];
  return { console: lines.join('\n'), markdown };
}
