import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { loadConfig } from '../../../src/config/load.js';
import type { AssetPlan, SignatureKind, SignatureSpec } from '../../../src/toolchain/assetPlan.js';
import { createToolchain } from '../../../src/toolchain/index.js';
import type { ToolchainManager } from '../../../src/toolchain/types.js';
import { gz, tarBz2, tarGz, tarXz, zipBuffer } from '../../support/archives.js';
import type { GithubUpstream } from '../../support/githubUpstream.js';
import { script } from '../../support/realTools.js';
import { GITHUB_ISSUER, inTotoStatement, slsaV02Predicate, type FakeSigstore, type KeySigner, type MinisignSigner } from '../../support/sigstore.js';
import { MemoryLogger } from '../../support/memoryLogger.js';
import { aquaFixturesDir, tempDir } from '../../support/tmp.js';

/**
 * Real Aqua registry definitions (from the vendored snapshot) published on the fake release
 * host with signatures minted by the fake Sigstore, at the URLs the definitions render.
 *
 * The definitions are copied unmodified into a small registry file, except minisign's
 * `public_key` (the real keys' secret halves are not ours: the test key replaces them).
 * cosign `--key` URLs (artifacts.fairwinds.com, raw.githubusercontent.com) and other hosts
 * are served by the fake download host through `url_replacements`.
 */
export const SIGNED_TOOLS = {
  cosign: [
    ['opentofu/opentofu', 'v1.10.3'],
    ['anchore/syft', 'v1.20.0'],
    ['FairwindsOps/pluto', 'v5.21.0'],
    ['a-h/templ', 'v0.3.900'],
    ['abhinav/git-spice', 'v0.99.0'],
    ['DataDog/pup', 'v0.99.0'],
    ['UpCloudLtd/upcloud-cli', 'v3.99.0'],
  ],
  github_artifact_attestations: [
    ['FiloSottile/age', 'v1.3.5'],
    ['Byron/dua-cli', 'v2.99.0'],
    ['GitGuardian/ggshield', 'v1.99.0'],
    ['astral-sh/ruff', '0.99.0'],
    ['Zxilly/go-size-analyzer', 'v1.99.0'],
    ['cli/cli', 'v2.80.0'],
  ],
  slsa_provenance: [
    ['argoproj/argo-rollouts', 'v1.8.0'],
    ['fluxcd/flux2', 'v2.6.0'],
    ['getsops/sops', 'v3.10.0'],
    ['ianlewis/todos', 'v0.13.0'],
    ['google/osv-scanner', 'v2.2.0'],
    ['aquaproj/aqua-registry-updater', 'v2.0.0'],
  ],
  minisign: [
    ['bufbuild/buf', 'v1.55.0'],
    ['jdx/mise', 'v2025.9.0'],
    ['jedisct1/minisign', '0.12'],
    ['minio/mc', 'RELEASE.2025-08-13T08-35-41Z'],
    ['watchexec/cargo-watch', 'v8.5.3'],
  ],
} satisfies Record<SignatureKind, [string, string][]>;

/** Certificate identities the registry's `--certificate-identity-regexp` accept (the real release workflows). */
export const KEYLESS_IDENTITIES: Record<string, string> = {
  'opentofu/opentofu': 'https://github.com/opentofu/opentofu/.github/workflows/release.yml@refs/heads/v1.10',
  'DataDog/pup': 'https://github.com/DataDog/pup/.github/workflows/release.yml@refs/tags/v0.99.0',
  'getsops/sops': 'https://github.com/getsops/sops/.github/workflows/release.yml@refs/tags/v3.10.0',
  'aquaproj/aqua-registry-updater': 'https://github.com/suzuki-shunsuke/go-release-workflow/.github/workflows/release.yaml@refs/tags/v2.1.0',
};

const OTHER_HOSTS = ['https://artifacts.fairwinds.com', 'https://raw.githubusercontent.com', 'https://dl.min.io'];

/** A registry file with the named packages from the snapshot (minisign keys swapped for the test key). */
export function signedRegistry(dir: string, minisignKey: string, names: string[] = Object.values(SIGNED_TOOLS).flatMap((l) => l.map(([n]) => n))): string {
  const doc = YAML.parse(readFileSync(path.join(aquaFixturesDir(), 'registry.yaml'), 'utf8')) as { packages: Record<string, unknown>[] };
  const nameOf = (p: Record<string, unknown>) => (p.name as string | undefined) ?? `${p.repo_owner}/${p.repo_name}`;
  const packages = doc.packages.filter((p) => names.includes(nameOf(p)));
  const swapKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(swapKeys);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'public_key' ? minisignKey : swapKeys(x)]));
    }
    return v;
  };
  const file = path.join(dir, 'signed-registry.yaml');
  writeFileSync(file, YAML.stringify({ packages: packages.map(swapKeys) }));
  return file;
}

export interface SignedWorld {
  up: GithubUpstream;
  ss: FakeSigstore;
  dir: string;
  cache: string;
  logger: MemoryLogger;
  key: KeySigner;
  minisign: MinisignSigner;
  trustedRoot: string;
  registryFile: string;
  /** Write atmos.yaml (the signed registry, url_replacements, the test trusted root, plus `verification`). */
  configure(verification?: Record<string, unknown>): void;
  engine(): Promise<ToolchainManager>;
}

/** `root`: a directory the caller owns (the benchmark); default a temp dir removed after the test file. */
export function signedWorld(up: GithubUpstream, ss: FakeSigstore, root = tempDir('atmos-sig-')): SignedWorld {
  const dir = path.join(root, 'project');
  mkdirSync(dir, { recursive: true });
  const cache = path.join(root, '.cache');
  const key = ss.key();
  const minisign = ss.minisign();
  const logger = new MemoryLogger('debug');
  const world: SignedWorld = {
    up,
    ss,
    dir,
    cache,
    logger,
    key,
    minisign,
    trustedRoot: ss.writeTrustedRoot(root),
    registryFile: signedRegistry(root, minisign.publicKey),
    configure(verification = {}) {
      const toolchain = {
        registries: [{ name: 'signed', type: 'aqua', source: world.registryFile }],
        url_replacements: Object.fromEntries(OTHER_HOSTS.map((h) => [h, `${up.downloadUrl}/${new URL(h).host}`])),
        verification: { trusted_root: world.trustedRoot, ...verification },
      };
      writeFileSync(path.join(dir, 'atmos.yaml'), YAML.stringify({ toolchain }));
    },
    async engine() {
      const env = { ...up.env, ATMOS_XDG_CACHE_HOME: cache, ATMOS_HTTP_RETRY_MIN_MS: '5', ATMOS_HTTP_RETRIES: '0', PATH: process.env.PATH };
      const config = loadConfig({ cwd: dir, env });
      return createToolchain({ config, env, logger });
    },
  };
  world.configure();
  return world;
}

/** Serve `body` at a public URL: a release asset for github.com URLs, else a file on the download host. */
export function serve(up: GithubUpstream, url: string, body: Buffer | string): void {
  const m = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/(.+)$/.exec(url);
  if (m) return up.addRelease(m[1], m[2], decodeURIComponent(m[3]), { [decodeURIComponent(m[4])]: body });
  const u = new URL(url);
  up.addFile(`/${u.host}${decodeURIComponent(u.pathname)}`, body);
}

export interface PublishOptions {
  /** Certificate identity for keyless signatures (default: the registry's exact identity, else KEYLESS_IDENTITIES). */
  san?: string;
  issuer?: string;
  /** Keyless certificates that expired before the signature was logged. */
  expired?: boolean;
  /** Keyless certificates from a CA the trusted root does not list. */
  untrusted?: boolean;
  /** Signature kinds whose files are not published. */
  omit?: SignatureKind[];
  /** Sign the genuine release, then serve a different asset (and a checksum file that matches it). */
  swapAsset?: boolean;
  /** SLSA: a Sigstore bundle line (slsa-github-generator v2) instead of a DSSE envelope with its certificate. */
  slsaBundle?: boolean;
  /** SLSA: the provenance names this source repository / tag. */
  slsaSource?: { repo?: string; tag?: string };
  /** Incompressible bytes added to each binary (the benchmark's realistic asset sizes). */
  padBytes?: number;
}

export interface Published {
  plan: AssetPlan;
  asset: Buffer;
  sha256: string;
}

/** Build the asset the plan describes, its checksum file and every declared signature, and serve them. */
export async function publishSigned(w: SignedWorld, plan: AssetPlan, options: PublishOptions = {}): Promise<Published> {
  const pad = options.padBytes ? randomBytes(options.padBytes).toString('base64') : '';
  const genuine = await assetFor(plan, 'genuine', pad);
  const served = options.swapAsset ? await assetFor(plan, 'tampered', pad) : genuine;
  const checksumFor = (asset: Buffer) => {
    if (!plan.checksum) return undefined;
    const hex = createHash(plan.checksum.algorithm).update(asset).digest('hex');
    return `${createHash(plan.checksum.algorithm).update('other').digest('hex')}  other-platform.tar.gz\n${hex}  ${plan.assetName}\n`;
  };
  const genuineSums = checksumFor(genuine);
  serve(w.up, plan.urls[0], served);
  if (plan.checksum) serve(w.up, plan.checksum.url, checksumFor(served)!);
  const omit = new Set(options.omit ?? []);
  for (const spec of plan.signatures ?? []) {
    if (omit.has(spec.kind)) continue;
    const subject = spec.subject === 'asset' ? genuine : Buffer.from(genuineSums ?? '');
    await publishSignature(w, plan, spec, subject, options);
  }
  return { plan, asset: served, sha256: createHash('sha256').update(served).digest('hex') };
}

async function publishSignature(w: SignedWorld, plan: AssetPlan, spec: SignatureSpec, subject: Buffer, options: PublishOptions): Promise<void> {
  const keyless = async (san: string) => {
    const identity = {
      san,
      issuer: options.issuer ?? GITHUB_ISSUER,
      sourceRepository: `https://github.com/${plan.repoOwner}/${plan.repoName}`,
      sourceRef: `refs/tags/${plan.tag}`,
      ...(options.expired ? { notBefore: new Date(w.ss.integratedTime * 1000 - 3_600_000), notAfter: new Date(w.ss.integratedTime * 1000 - 1_800_000) } : {}),
    };
    return options.untrusted ? w.ss.untrustedKeyless(identity) : w.ss.keyless(identity);
  };
  const sha256 = createHash('sha256').update(subject).digest('hex');
  switch (spec.kind) {
    case 'cosign': {
      if (spec.key) {
        serve(w.up, spec.key, w.key.publicPem);
        if (spec.bundle) serve(w.up, spec.bundle, JSON.stringify(w.key.bundle(subject)));
        else serve(w.up, spec.signature!, w.key.signature(subject));
        return;
      }
      const signer = await keyless(options.san ?? spec.identity ?? KEYLESS_IDENTITIES[plan.name]);
      if (spec.bundle) return serve(w.up, spec.bundle, JSON.stringify(signer.bundle(subject)));
      serve(w.up, spec.signature!, signer.signature(subject));
      // cosign publishes the certificate base64-wrapped; both forms are accepted.
      serve(w.up, spec.certificate!, Buffer.from(signer.certPem).toString('base64'));
      return;
    }
    case 'github_artifact_attestations': {
      const workflow = (spec.signerWorkflow ?? `${spec.owner}/${spec.repo}/.github/workflows/release.yml`).replace(/\\/g, '');
      const signer = await keyless(options.san ?? `https://github.com/${workflow}@refs/tags/${plan.tag}`);
      const statement = inTotoStatement({ [plan.assetName]: sha256 }, spec.predicateType ?? 'https://slsa.dev/provenance/v1', { buildDefinition: {} });
      w.up.addAttestation(spec.owner, spec.repo, `sha256:${sha256}`, signer.dsseBundle(statement));
      return;
    }
    case 'slsa_provenance': {
      const builder = options.san ?? 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0';
      const signer = await keyless(builder);
      const repo = options.slsaSource?.repo ?? spec.sourceUri.replace(/^github\.com\//, '');
      const statement = inTotoStatement(
        { [plan.assetName]: sha256, 'other-file': 'f'.repeat(64) },
        'https://slsa.dev/provenance/v0.2',
        slsaV02Predicate(repo, options.slsaSource?.tag ?? spec.sourceTag),
      );
      const line = options.slsaBundle ? signer.dsseBundle(statement) : signer.dsseEnvelope(statement);
      serve(w.up, spec.url, `${JSON.stringify(line)}\n`);
      return;
    }
    case 'minisign':
      serve(w.up, spec.url, w.minisign.sign(subject, { prehashed: plan.name !== 'jedisct1/minisign' }));
      return;
  }
}

/** The asset in the plan's format, holding every file the plan installs. */
async function assetFor(plan: AssetPlan, flavour: string, pad = ''): Promise<Buffer> {
  const body = (name: string) => `${script(name, plan.version)}# ${flavour}\n${pad ? `# ${pad}\n` : ''}`;
  if (plan.format === 'raw') return Buffer.from(body(plan.files[0].name));
  const entries = plan.files.map((f) => ({ name: f.src, body: body(f.name) }));
  switch (plan.format) {
    case 'zip':
      return zipBuffer(entries);
    case 'tar.xz':
    case 'txz':
      return tarXz(entries);
    case 'tar.bz2':
    case 'tbz':
      return tarBz2(entries);
    case 'gz':
      return gz(body(plan.files[0].name));
    default:
      return tarGz(entries);
  }
}
