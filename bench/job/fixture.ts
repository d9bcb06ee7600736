/**
 * What the job benchmark's Terraform job depends on, and the network it fetches it over.
 * The numbers are the model BENCHMARKS.md states; each has its reason next to it.
 */
import { BENCH_TOOLS, type BenchTool } from '../toolchain/tools.js';

const MB = 1_000_000;

const num = (name: string, dflt: number) => {
  const v = Number(process.env[name] ?? dflt);
  return Number.isFinite(v) && v >= 0 ? v : dflt;
};

/**
 * The network between a hosted runner and GitHub / releases.hashicorp.com / the Terraform
 * registry. TTFB: a cross-region HTTPS request costs a TCP+TLS handshake plus a server hop,
 * ~40 ms to a CDN edge (release downloads, provider zips) and ~120 ms to an API/registry
 * origin (JSON listings, version lists, download metadata). 40 MB/s per connection is what
 * a single download from a CDN typically reaches on a hosted runner; parallel downloads each
 * get their own 40 MB/s. Override with BENCH_JOB_API_MS / _DOWNLOAD_MS / _MBPS.
 */
export const NETWORK = {
  apiLatencyMs: num('BENCH_JOB_API_MS', 120),
  downloadLatencyMs: num('BENCH_JOB_DOWNLOAD_MS', 40),
  bytesPerSecond: num('BENCH_JOB_MBPS', 40) * MB,
};

/** The fault schedule of the flakiness runs: 2 % of upstream requests fail (5xx or reset), one 30 s registry outage per job. */
export const FAULTS = {
  failureRate: num('BENCH_JOB_FAILURE_RATE', 0.02),
  outageMs: num('BENCH_JOB_OUTAGE_MS', 30_000),
  /** The outage starts this long after the job's dependency phase starts, drawn per run in [0, max). */
  outageStartMaxMs: num('BENCH_JOB_OUTAGE_START_MAX_MS', 5_000),
};

/** A pinned tool of the job and the size of its release asset (what a real release weighs). */
export interface JobTool {
  tool: BenchTool;
  /** Target asset size in bytes; terraform's is the real binary's zip, whatever it weighs. */
  assetBytes: number;
  /** Serve the real `terraform` on PATH (zipped) as this tool's binary: the job runs `terraform init` with the installed one. */
  realTerraform?: boolean;
}

const pick = (id: string): BenchTool => {
  const t = BENCH_TOOLS.find((x) => x.id === id);
  if (!t) throw new Error(`bench: no tool ${id} in bench/toolchain/tools.ts`);
  return t;
};

/** The version of the real terraform on the machine (the tests' 1.11.4); its release is served from the real binary. */
export function terraformTool(version: string): BenchTool {
  return {
    id: 'hashicorp/terraform',
    bin: 'terraform',
    version,
    assetUrl: `https://releases.hashicorp.com/terraform/${version}/terraform_${version}_linux_amd64.zip`,
    kind: 'zip',
    inner: 'terraform',
    checksum: { url: `https://releases.hashicorp.com/terraform/${version}/terraform_${version}_SHA256SUMS`, shape: 'list' },
  };
}

/** The 5 pinned tools: terraform (real, ~27 MB zip), tofu ~25 MB, tflint ~12 MB, gh ~13 MB, terraform-docs ~6 MB. */
export function jobTools(terraformVersion: string): JobTool[] {
  return [
    { tool: terraformTool(terraformVersion), assetBytes: 0, realTerraform: true },
    { tool: pick('opentofu/opentofu'), assetBytes: 25 * MB },
    { tool: pick('terraform-linters/tflint'), assetBytes: 12 * MB },
    { tool: pick('cli/cli'), assetBytes: 13 * MB },
    { tool: pick('terraform-docs/terraform-docs'), assetBytes: 6 * MB },
  ];
}

export interface JobProvider {
  type: string;
  version: string;
  /** Zip size (the binary inside is incompressible, stored). */
  bytes: number;
}

/**
 * The 6 providers (hashicorp namespace, linux_amd64). aws is ~140 MB zipped upstream; it is
 * scaled to 70 MB by default (BENCH_JOB_AWS_MB) because every job moves it up to 4 times
 * (download, cache save, cache restore, per-root copy) on a shared 2-core machine and the
 * ratios, not the absolute seconds, are the result. The others are their real sizes, rounded.
 */
export function jobProviders(): JobProvider[] {
  return [
    { type: 'aws', version: '5.80.0', bytes: num('BENCH_JOB_AWS_MB', 70) * MB },
    { type: 'google', version: '6.12.0', bytes: 30 * MB },
    { type: 'kubernetes', version: '2.33.0', bytes: 12 * MB },
    { type: 'tls', version: '4.0.6', bytes: 6 * MB },
    { type: 'random', version: '3.6.3', bytes: 6 * MB },
    { type: 'null', version: '3.2.3', bytes: 5 * MB },
  ];
}

export interface JobModule {
  ns: string;
  name: string;
  system: string;
  version: string;
}

/** The 10 registry modules (names of popular ones; bodies are small tarballs of `.tf` files, ~100 KB). */
export const MODULES: JobModule[] = [
  { ns: 'terraform-aws-modules', name: 'vpc', system: 'aws', version: '5.16.0' },
  { ns: 'terraform-aws-modules', name: 'security-group', system: 'aws', version: '5.2.0' },
  { ns: 'terraform-aws-modules', name: 's3-bucket', system: 'aws', version: '4.2.2' },
  { ns: 'terraform-aws-modules', name: 'rds', system: 'aws', version: '6.10.0' },
  { ns: 'terraform-aws-modules', name: 'iam', system: 'aws', version: '5.48.0' },
  { ns: 'terraform-aws-modules', name: 'eks', system: 'aws', version: '20.29.0' },
  { ns: 'terraform-aws-modules', name: 'kms', system: 'aws', version: '3.1.1' },
  { ns: 'cloudposse', name: 'label', system: 'null', version: '0.25.0' },
  { ns: 'terraform-google-modules', name: 'network', system: 'google', version: '9.3.0' },
  { ns: 'terraform-google-modules', name: 'kubernetes-engine', system: 'google', version: '33.1.0' },
];

export interface RootModule {
  name: string;
  providers: string[];
  modules: string[];
}

/** 4 root modules sharing the 6 providers and 10 modules (aws in 3 of them, label in all). */
export const ROOTS: RootModule[] = [
  { name: 'network', providers: ['aws', 'random', 'null'], modules: ['vpc', 'security-group', 'label'] },
  { name: 'data', providers: ['aws', 'random', 'tls'], modules: ['s3-bucket', 'rds', 'kms', 'label'] },
  { name: 'platform', providers: ['aws', 'kubernetes', 'tls', 'null'], modules: ['eks', 'iam', 'security-group', 'label'] },
  { name: 'gcp', providers: ['google', 'kubernetes', 'random'], modules: ['network', 'kubernetes-engine', 'label'] },
];
