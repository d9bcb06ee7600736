/**
 * The signature and provenance declarations of an Aqua package (`cosign`,
 * `github_artifact_attestations`, `slsa_provenance`, `minisign`, at the top level for the
 * asset and under `checksum` for the checksum file), rendered into plan entries with public
 * URLs. Mirrors aquaproj/aqua `pkg/config/registry/{cosign,slsa_provenance,minisign,github_cli}.go`:
 * cosign's `opts` are raw `cosign verify-blob` flags; the download sources
 * (`signature|certificate|key|bundle`, SLSA and minisign files) are `github_release` assets
 * (of the package's repo unless `repo_owner`/`repo_name` say otherwise) or `http` URLs.
 */
import { AtmosError } from '../../common/errors.js';
import type { SignatureSpec, SignatureSubject } from '../assetPlan.js';
import type { TemplateData } from './goTemplate.js';

interface DownloadSource {
  type?: string;
  repo_owner?: string;
  repo_name?: string;
  asset?: string;
  url?: string;
}

interface AquaCosign {
  enabled?: boolean;
  opts?: string[];
  signature?: DownloadSource;
  certificate?: DownloadSource;
  key?: DownloadSource;
  bundle?: DownloadSource;
}

interface AquaSlsa extends DownloadSource {
  enabled?: boolean;
  source_uri?: string;
  source_tag?: string;
}

interface AquaMinisign extends DownloadSource {
  enabled?: boolean;
  public_key?: string;
}

interface AquaAttestations {
  enabled?: boolean;
  signer_workflow?: string;
  'signer-workflow'?: string;
  predicate_type?: string;
}

export interface SignatureContext {
  /** Tool name for messages. */
  name: string;
  owner: string;
  repo: string;
  tag: string;
  /** Template data of the asset (with `Asset`), and of the checksum file. */
  assetData: TemplateData;
  checksumData: TemplateData;
  render: (template: string, data: TemplateData, what: string) => string;
}

type Layer = Record<string, unknown>;

/** Every signature the effective package declares for the asset and for its checksum file. */
export function signatureSpecs(eff: Layer, checksum: Layer | undefined, ctx: SignatureContext): SignatureSpec[] {
  const out: SignatureSpec[] = [];
  const levels: [SignatureSubject, Layer | undefined, TemplateData][] = [
    ['asset', eff, ctx.assetData],
    ['checksum_file', checksum, ctx.checksumData],
  ];
  for (const [subject, layer, data] of levels) {
    if (!layer) continue;
    const cosign = layer.cosign as AquaCosign | undefined;
    if (cosign && cosignEnabled(cosign)) out.push(cosignSpec(cosign, subject, data, ctx));
    const minisign = layer.minisign as AquaMinisign | undefined;
    if (minisign && minisign.enabled !== false && minisign.public_key) {
      out.push({ kind: 'minisign', subject, url: sourceUrl(minisign, data, ctx, 'minisign'), publicKey: minisign.public_key });
    }
    const gaa = layer.github_artifact_attestations as AquaAttestations | undefined;
    if (gaa && gaa.enabled !== false) {
      const signerWorkflow = gaa.signer_workflow ?? gaa['signer-workflow'];
      out.push({
        kind: 'github_artifact_attestations',
        subject,
        owner: ctx.owner,
        repo: ctx.repo,
        ...(signerWorkflow ? { signerWorkflow } : {}),
        ...(gaa.predicate_type ? { predicateType: gaa.predicate_type } : {}),
      });
    }
    const slsa = subject === 'asset' ? (layer.slsa_provenance as AquaSlsa | undefined) : undefined;
    if (slsa && slsa.enabled !== false && slsa.type) {
      out.push({
        kind: 'slsa_provenance',
        subject: 'asset',
        url: sourceUrl(slsa, data, ctx, 'slsa_provenance'),
        sourceUri: slsa.source_uri ?? `github.com/${ctx.owner}/${ctx.repo}`,
        sourceTag: slsa.source_tag ?? ctx.tag,
      });
    }
  }
  return out;
}

function cosignEnabled(c: AquaCosign): boolean {
  if (typeof c.enabled === 'boolean') return c.enabled;
  return !!(c.opts?.length || c.signature || c.certificate || c.key || c.bundle);
}

const VALUE_FLAGS: Record<string, keyof CosignFlags> = {
  '--key': 'key',
  '--signature': 'signature',
  '--certificate': 'certificate',
  '--bundle': 'bundle',
  '--certificate-identity': 'identity',
  '--certificate-identity-regexp': 'identityRegexp',
  '--certificate-oidc-issuer': 'issuer',
  '--certificate-oidc-issuer-regexp': 'issuerRegexp',
};

type CosignFlags = Partial<Record<'key' | 'signature' | 'certificate' | 'bundle' | 'identity' | 'identityRegexp' | 'issuer' | 'issuerRegexp', string>>;

function cosignSpec(c: AquaCosign, subject: SignatureSubject, data: TemplateData, ctx: SignatureContext): SignatureSpec {
  const flags: CosignFlags = {};
  let ignoreTlog = false;
  const opts = (c.opts ?? []).map((o) => ctx.render(String(o), data, 'cosign.opts'));
  for (let i = 0; i < opts.length; i++) {
    const [flag, inline] = opts[i].split(/=(.*)/s, 2);
    if (flag === '--insecure-ignore-tlog') {
      ignoreTlog = inline === undefined || inline === 'true';
      continue;
    }
    const field = VALUE_FLAGS[flag];
    if (!field) continue; // flags that do not change what is verified (--output, --offline …)
    flags[field] = inline ?? opts[++i];
  }
  for (const field of ['signature', 'certificate', 'key', 'bundle'] as const) {
    const src = c[field];
    if (src) flags[field] = sourceUrl(src, data, ctx, `cosign.${field}`);
  }
  return { kind: 'cosign', subject, ...flags, ...(ignoreTlog ? { ignoreTlog } : {}) };
}

/** `github_release` asset (of the package's repo by default, at the same tag) or `http` URL. */
function sourceUrl(src: DownloadSource, data: TemplateData, ctx: SignatureContext, what: string): string {
  if (src.type === 'http') {
    if (!src.url) throw incomplete(ctx.name, `${what}.url`);
    return ctx.render(src.url, data, `${what}.url`);
  }
  if (!src.asset) throw incomplete(ctx.name, `${what}.asset`);
  const asset = ctx.render(src.asset, data, `${what}.asset`);
  return `https://github.com/${src.repo_owner ?? ctx.owner}/${src.repo_name ?? ctx.repo}/releases/download/${ctx.tag}/${asset}`;
}

function incomplete(name: string, field: string): AtmosError {
  return new AtmosError(`${name}: the registry's signature declaration has no "${field}"`, {
    code: 'REGISTRY_INVALID',
    hint: `Fix the definition, or turn this signature off for the tool (toolchain.verification.tools.${name}.kinds).`,
  });
}
