import type { GithubUpstream } from '../../test/support/githubUpstream.js';
import type { FakeRegistry } from '../../test/support/terraformRegistry.js';
import type { CliUnderTest } from './cli.js';
import type { HungServer } from './faults.js';
import { timedRun, type Outcome } from '../toolchain/timing.js';
import { spawnVictim, waitUntil } from './processes.js';
import { fetchProvider, killProxyMidFill, proxyTrialDir, startProxy } from './proxy.js';
import { ASSET_PATH, TOOL_VERSION_LINE, toolTrial, type ToolTrial } from './toolProject.js';

/** One measured trial. */
export interface Sample {
  ms: number;
  /** CPU (user + sys): of the CLI run, or of the proxy during the request. */
  cpuMs: number;
  cutOff: boolean;
  /** Proxy trials: spawn → ready line of the proxy that answered. */
  startMs?: number;
  /** Failure trials: the error lines the user saw. */
  message?: string;
}

/** What every trial shares: the loopback fakes and the cut-off. */
export interface Fakes {
  up: GithubUpstream;
  registry: FakeRegistry;
  hung: HungServer;
  closedUrl: string;
  cutoffMs: number;
}

export type ScenarioName = 'installBaseline' | 'installRecovery' | 'proxyBaseline' | 'proxyRecovery' | 'unreachableTool' | 'hungTool' | 'hungProxy';
export type Scenario = (cli: CliUnderTest, dir: string, f: Fakes) => Promise<Sample>;

const sample = (o: Outcome, message?: string): Sample => ({ ms: o.ms, cpuMs: o.cpuMs, cutOff: o.cutOff, message });
/** The error lines the user sees (what failed, then why), without the retry warnings before them. */
const errorLines = (text: string) =>
  text
    .split('\n')
    .filter((l) => /\berror\b/i.test(l) && !/^warning/i.test(l))
    .slice(0, 2)
    .map((l) => l.trim())
    .join(' / ') || text.trim().split('\n')[0];

/** An install that must succeed (or be cut off: a figure "> cut-off"), checked by running the installed tool (untimed). */
async function installAndCheck(what: string, trial: ToolTrial, cutoffMs: number): Promise<Outcome> {
  const o = await timedRun(trial.install, cutoffMs);
  if (o.cutOff) return o;
  if (o.code !== 0) throw new Error(`${what}: install exited ${o.code}\n${o.stdout}\n${o.stderr}`);
  const check = await timedRun(trial.exec, 60_000);
  if (!check.stdout.includes(TOOL_VERSION_LINE)) throw new Error(`${what}: the installed tool does not run:\n${check.stdout}\n${check.stderr}`);
  return o;
}

/** An install that must fail (the fault was injected), or be cut off. */
async function installMustFail(what: string, trial: ToolTrial, cutoffMs: number): Promise<Sample> {
  const o = await timedRun(trial.install, cutoffMs);
  if (o.code === 0) throw new Error(`${what}: the install succeeded, so the fault was not injected:\n${o.stdout}\n${o.stderr}`);
  return sample(o, o.cutOff ? undefined : errorLines(`${o.stderr}\n${o.stdout}`));
}

async function proxyFetch(what: string, cli: CliUnderTest, dir: string, f: Fakes, type: 'ok' | 'hung', mustSucceed: boolean): Promise<Sample> {
  const proxy = await startProxy(cli.entry, dir);
  try {
    const r = await fetchProvider(proxy, type, f.cutoffMs);
    if (mustSucceed && !r.ok && !r.cutOff) throw new Error(`${what}: provider request failed: ${r.error}\n${proxy.victim.output()}`);
    if (!mustSucceed && r.ok) throw new Error(`${what}: the provider request succeeded, so the fault was not injected`);
    return { ms: r.ms, cpuMs: r.proxyCpuMs, cutOff: r.cutOff, startMs: proxy.startMs, message: r.cutOff ? undefined : r.error };
  } finally {
    await proxy.stop();
  }
}

export const SCENARIOS: Record<ScenarioName, Scenario> = {
  /** A cold install with nothing in the way: the same-run baseline for installRecovery. */
  async installBaseline(cli, dir, f) {
    return sample(await installAndCheck('cold install', toolTrial(dir, cli.entry, f.up.downloadUrl, f.up), f.cutoffMs));
  },
  /**
   * An installer is killed -9 while it holds the version's install lock (mid-download, the
   * asset served at a crawl); the figure is the next `toolchain install` from start to done.
   */
  async installRecovery(cli, dir, f) {
    const trial = toolTrial(dir, cli.entry, f.up.downloadUrl, f.up);
    const before = f.up.count(ASSET_PATH);
    f.up.slow(ASSET_PATH, { chunk: 1024, delayMs: 1000 });
    const victim = spawnVictim(trial.install);
    try {
      await waitUntil('the installer to start downloading', () => f.up.count(ASSET_PATH) > before, 60_000);
    } finally {
      await victim.kill9();
      f.up.clearFaults();
    }
    return sample(await installAndCheck('install after kill -9 of an installer', trial, f.cutoffMs));
  },
  /** A fresh proxy, cold cache, nothing in the way: the same-run baseline for proxyRecovery. */
  async proxyBaseline(cli, dir, f) {
    return proxyFetch('cold provider request', cli, proxyTrialDir(dir, f.registry), f, 'ok', true);
  },
  /**
   * The proxy is killed -9 while it fills a provider zip (holding the zip's fill lock); a new
   * proxy is started on the same cache and the figure is Terraform's request sequence for that
   * provider through it (the new proxy's start-up is reported separately).
   */
  async proxyRecovery(cli, dir, f) {
    proxyTrialDir(dir, f.registry);
    await killProxyMidFill(cli.entry, dir, f.registry);
    return proxyFetch('provider request after kill -9 of the proxy', cli, dir, f, 'ok', true);
  },
  /** The tool's download host is a closed loopback port (connection refused). */
  async unreachableTool(cli, dir, f) {
    return installMustFail('install from a closed port', toolTrial(dir, cli.entry, f.closedUrl, f.up), f.cutoffMs);
  },
  /** The tool's download host accepts connections and never answers. */
  async hungTool(cli, dir, f) {
    return installMustFail('install from a hung server', toolTrial(dir, cli.entry, f.hung.url, f.up), f.cutoffMs);
  },
  /** The provider zip's upstream (a redirect target) accepts connections and never answers. */
  async hungProxy(cli, dir, f) {
    return proxyFetch('provider zip from a hung upstream', cli, proxyTrialDir(dir, f.registry), f, 'hung', false);
  },
};
