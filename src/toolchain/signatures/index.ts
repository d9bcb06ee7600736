/**
 * Signature and provenance verification of a downloaded asset: cosign (key-based and keyless,
 * bundles or certificate + signature), GitHub artifact attestations, SLSA provenance and
 * minisign, natively (no cosign/gh/slsa-verifier/minisign binaries). Called at one point of the
 * install flow (`downloadVerified`, after the checksum check) through
 * `InstallSource.verifySignatures`; see docs/toolchain.md "Trust model" for the policy.
 */
import { createHash, type KeyObject } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { AtmosError, errorMessage } from '../../common/errors.js';
import type { HttpClient } from '../../common/http.js';
import type { Logger } from '../../common/logger.js';
import { SIGNATURE_KINDS, type AssetPlan, type SignatureKind, type SignatureSpec, type SignatureSubject } from '../assetPlan.js';
import { findChecksum } from '../checksumFile.js';
import { hashFile } from '../verify.js';
import { minisignKeyId, parseMinisignPublicKey, verifyMinisign } from './minisign.js';
import {
  SignatureCheckFailure,
  loadTrustedRoot,
  preloadSigstore,
  parsePublicKey,
  verifyBundle,
  verifyCertificateSignature,
  verifyKeySignature,
  type SignerIdentity,
  type TrustedRootSource,
} from './sigstore.js';

export type SignaturePolicy = 'required' | 'when_available' | 'disabled';

/** What was verified, as the lock file and install marker record it. */
export interface SignatureRecord {
  kind: SignatureKind;
  subject: SignatureSubject;
  /** Who signed: a certificate identity (workflow URL), `key sha256:<fingerprint>` or `minisign <key id>`. */
  signer: string;
  issuer?: string;
}

export interface SignatureSettings {
  policy: SignaturePolicy;
  kinds: ReadonlySet<SignatureKind>;
  /** `toolchain.verification.trusted_root` (absolute), else the shipped public-good root. */
  trustedRoot?: string;
}

/** `toolchain.verification` as the config schema types it (kept structural: no config import). */
export interface VerificationConfig {
  signatures?: SignaturePolicy;
  kinds?: Partial<Record<SignatureKind, boolean>>;
  trusted_root?: string;
  tools?: Record<string, { signatures?: SignaturePolicy | 'inherit'; disabled_kinds?: (SignatureKind | undefined)[] } | undefined>;
}

/** The policy for one tool: global settings, then its `tools` entry (by name, alias or owner/repo). */
export function signatureSettingsFor(config: VerificationConfig | undefined, names: string[], trustedRoot?: string): SignatureSettings {
  const kinds = new Set<SignatureKind>(SIGNATURE_KINDS.filter((k) => config?.kinds?.[k] !== false));
  let policy: SignaturePolicy = config?.signatures ?? 'when_available';
  for (const name of names) {
    const entry = config?.tools?.[name];
    if (!entry) continue;
    if (entry.signatures && entry.signatures !== 'inherit') policy = entry.signatures;
    for (const k of entry.disabled_kinds ?? []) if (k) kinds.delete(k);
    break;
  }
  return { policy, kinds, ...(trustedRoot ? { trustedRoot } : {}) };
}

export interface SignatureEnv {
  http: () => Promise<HttpClient>;
  rewrite: (url: string) => string;
  /** The GitHub attestations API (`GitHubReleases.attestations`), typed structurally: no import of the github engine's internals. */
  releases: () => Promise<{ attestations(owner: string, repo: string, digest: string, predicateType?: string): Promise<unknown[]> }>;
  logger?: Logger;
  /** Responses fetched ahead (prepareSignatures), by public URL. */
  prefetched?: Map<string, Promise<{ status: number; text: string }>>;
  /** Attestation lookups started ahead for the digest the asset is expected to have (prepareSignatures). */
  attestationsAhead?: Map<SignatureSpec, Promise<AttestationLookup | undefined>>;
}

/** An attestations API call made for `digest` (hex sha256, lower case). */
interface AttestationLookup {
  digest: string;
  bundles: Promise<unknown[]>;
}

export interface SignatureInput {
  /** The registry name (for messages and the per-tool hint). */
  tool: string;
  /** `tool@version (os_arch)`. */
  label: string;
  plan: AssetPlan;
  assetFile: string;
  /** Digests of the asset already computed (by algorithm). */
  assetDigests?: Record<string, string>;
  settings: SignatureSettings;
  /** What the lock recorded for this asset: every entry must verify again. */
  recorded?: SignatureRecord[];
}

/** A verification whose material is being fetched; `verify` runs once the asset is downloaded. */
export interface SignatureCheck {
  /** `digests`: hex digests of the asset the caller already computed (by algorithm), to skip hashing it again. */
  verify(assetFile: string, digests?: Record<string, string>): Promise<SignatureRecord[]>;
}

const trustedRoots = new Map<string, Promise<TrustedRootSource>>();

function trustedRoot(settings: SignatureSettings): Promise<TrustedRootSource> {
  const key = settings.trustedRoot ?? '';
  if (!trustedRoots.has(key)) {
    const p = loadTrustedRoot(settings.trustedRoot);
    trustedRoots.set(key, p);
    p.catch(() => trustedRoots.delete(key));
  }
  return trustedRoots.get(key)!;
}

/**
 * Start fetching what the declared signatures need (signature files, certificates, bundles,
 * keys, provenance, the checksum file) and loading the Sigstore libraries, so that this
 * overlaps the asset download; `verify` then checks them against the downloaded file.
 */
export function prepareSignatures(env: SignatureEnv, input: Omit<SignatureInput, 'assetFile'>, expectedSha256?: Promise<string | undefined>): SignatureCheck {
  const { settings } = input;
  const specs = settings.policy === 'disabled' ? [] : (input.plan.signatures ?? []).filter((s) => settings.kinds.has(s.kind));
  if (specs.length === 0)
    return { verify: (assetFile, assetDigests) => verifySignatures(env, { ...input, assetFile, ...(assetDigests ? { assetDigests } : {}) }) };
  const prefetched = new Map<string, Promise<{ status: number; text: string }>>();
  const fetchEnv: SignatureEnv = { ...env, prefetched };
  for (const url of materialUrls(specs, input.plan)) {
    const p = (async () => (await env.http()).getText(env.rewrite(url), { acceptStatus: [404] }))();
    p.catch(() => {}); // reported by the verification that needs it
    prefetched.set(url, p);
  }
  // The attestations API is asked by digest: with the digest the asset should have (checksum
  // file, GitHub's asset digest, the lock) the lookup overlaps the download too. verify() uses
  // it only if the downloaded bytes have that digest, and still checks the attested subject.
  const attestationsAhead = new Map<SignatureSpec, Promise<AttestationLookup | undefined>>();
  for (const spec of specs) {
    if (spec.kind !== 'github_artifact_attestations') continue;
    const digest = spec.subject === 'asset' ? expectedSha256 : checksumFileSha256(prefetched, input.plan);
    if (!digest) continue;
    const ahead = digest.then((hex) => {
      if (!hex || !/^[0-9a-f]{64}$/i.test(hex)) return undefined;
      const bundles = lookupAttestations(env, spec, hex.toLowerCase());
      bundles.catch(() => {}); // reported by verify, which awaits it
      return { digest: hex.toLowerCase(), bundles };
    });
    attestationsAhead.set(
      spec,
      ahead.catch(() => undefined),
    );
  }
  fetchEnv.attestationsAhead = attestationsAhead;
  trustedRoot(settings).catch(() => {});
  preloadSigstore();
  return { verify: (assetFile, assetDigests) => verifySignatures(fetchEnv, { ...input, assetFile, ...(assetDigests ? { assetDigests } : {}) }) };
}

/** The sha256 of the checksum file being prefetched (what an attestation on it is looked up by). */
function checksumFileSha256(prefetched: Map<string, Promise<{ status: number; text: string }>>, plan: AssetPlan): Promise<string | undefined> | undefined {
  const response = plan.checksum ? prefetched.get(plan.checksum.url) : undefined;
  return response?.then((r) => (r.status === 200 ? createHash('sha256').update(Buffer.from(r.text, 'utf8')).digest('hex') : undefined));
}

/** Every URL the specs will fetch, known before the asset is downloaded. */
function materialUrls(specs: SignatureSpec[], plan: AssetPlan): string[] {
  const urls = new Set<string>();
  for (const s of specs) {
    if (s.subject === 'checksum_file' && plan.checksum) urls.add(plan.checksum.url);
    if (s.kind === 'cosign') for (const u of [s.key, s.signature, s.certificate, s.bundle]) if (u && !u.trim().startsWith('-----BEGIN')) urls.add(u);
    if (s.kind === 'minisign' || s.kind === 'slsa_provenance') urls.add(s.url);
  }
  return [...urls];
}

/** Verify every enabled signature the plan declares; the records of what verified. */
export async function verifySignatures(env: SignatureEnv, input: SignatureInput): Promise<SignatureRecord[]> {
  const { settings, plan } = input;
  if (settings.policy === 'disabled') return [];
  const declared = plan.signatures ?? [];
  const specs = declared.filter((s) => settings.kinds.has(s.kind));
  if (specs.length === 0) {
    if (settings.policy === 'required') throw requiredError(input, declared);
    if (input.recorded?.length) throw lockMismatch(input, input.recorded, []);
    return [];
  }
  const started = performance.now();
  const root = await trustedRoot(settings);
  const subjects = new Subjects(env, input);
  // All at once (their material is mostly fetched already); the first failure in declaration order is reported.
  const results = await Promise.allSettled(specs.map((spec) => verifyOne(env, spec, subjects, root, input)));
  const records: SignatureRecord[] = [];
  for (const [i, r] of results.entries()) {
    if (r.status === 'rejected') throw r.reason instanceof AtmosError ? r.reason : failure(input, specs[i], r.reason, root);
    records.push(r.value);
  }
  if (input.recorded?.length) {
    const missing = input.recorded.filter((r) => !records.some((v) => sameRecord(r, v)));
    if (missing.length) throw lockMismatch(input, missing, records);
  }
  const verified = records.map((r) => `${r.kind} (${subjectName(r)}, ${r.signer})`).join(', ');
  env.logger?.debug(`${input.label}: verified ${verified} in ${(performance.now() - started).toFixed(1)} ms`);
  return records;
}

function sameRecord(a: SignatureRecord, b: SignatureRecord): boolean {
  return a.kind === b.kind && a.subject === b.subject && a.signer === b.signer && (a.issuer ?? '') === (b.issuer ?? '');
}

/** The bytes each signature is over, read or fetched once. */
class Subjects {
  private asset?: Promise<Buffer>;
  private assetDigests?: Promise<Record<string, string>>;
  private checksum?: Promise<{ text: string; bytes: Buffer; url: string }>;
  constructor(
    private readonly env: SignatureEnv,
    private readonly input: SignatureInput,
  ) {}

  assetBytes(): Promise<Buffer> {
    return (this.asset ??= fs.readFile(this.input.assetFile));
  }

  digests(): Promise<Record<string, string>> {
    const algorithms = ['sha256', ...(this.input.plan.checksum ? [this.input.plan.checksum.algorithm] : [])];
    const known = this.input.assetDigests ?? {};
    const missing = algorithms.filter((a) => !known[a]);
    return (this.assetDigests ??= missing.length ? hashFile(this.input.assetFile, missing).then((d) => ({ ...known, ...d })) : Promise.resolve(known));
  }

  checksumFile(spec: SignatureSpec): Promise<{ text: string; bytes: Buffer; url: string }> {
    const source = this.input.plan.checksum;
    if (!source) throw new SignatureCheckFailure('the signature covers the checksum file, but the plan has no checksum file', 'format');
    this.checksum ??= (async () => {
      const text = await fetchText(this.env, source.url, this.input, spec, 'checksum file');
      return { text, bytes: Buffer.from(text, 'utf8'), url: source.url };
    })();
    return this.checksum;
  }

  async bytes(spec: SignatureSpec): Promise<Buffer> {
    return spec.subject === 'asset' ? this.assetBytes() : (await this.checksumFile(spec)).bytes;
  }

  async sha256(spec: SignatureSpec): Promise<string> {
    if (spec.subject === 'asset') return (await this.digests()).sha256;
    return createHash('sha256')
      .update((await this.checksumFile(spec)).bytes)
      .digest('hex');
  }

  /** A verified checksum file vouches for the asset only if its entry is the asset's digest. */
  async checkListed(spec: SignatureSpec): Promise<void> {
    if (spec.subject !== 'checksum_file') return;
    const { plan } = this.input;
    const { text, url } = await this.checksumFile(spec);
    const listed = findChecksum(text, plan.checksum!, plan.assetName);
    const actual = (await this.digests())[plan.checksum!.algorithm];
    if (!listed || listed.toLowerCase() !== actual.toLowerCase()) {
      throw new AtmosError(`${this.input.label}: the signed checksum file does not vouch for the downloaded asset`, {
        code: 'SIGNATURE_INVALID',
        explanation: `${url} verified (${spec.kind}), but it lists ${listed ? `${plan.checksum!.algorithm}:${listed}` : 'no entry'} for ${plan.assetName}; the downloaded asset is ${plan.checksum!.algorithm}:${actual}. The download was deleted.`,
        hint: 'Treat the asset as tampered with, or retry if the release is being re-uploaded.',
        context: { tool: this.input.tool, kind: spec.kind },
      });
    }
  }
}

async function verifyOne(env: SignatureEnv, spec: SignatureSpec, subjects: Subjects, root: TrustedRootSource, input: SignatureInput): Promise<SignatureRecord> {
  let record: SignatureRecord;
  switch (spec.kind) {
    case 'cosign':
      record = await verifyCosign(env, spec, subjects, root, input);
      break;
    case 'minisign': {
      const key = parseMinisignPublicKey(spec.publicKey);
      const sig = await fetchText(env, spec.url, input, spec, 'minisign signature');
      verifyMinisign(key, sig, await subjects.bytes(spec));
      record = { kind: 'minisign', subject: spec.subject, signer: `minisign key ${minisignKeyId(key.keyId)}` };
      break;
    }
    case 'github_artifact_attestations':
      record = await verifyAttestations(env, spec, subjects, root, input);
      break;
    case 'slsa_provenance':
      record = await verifySlsa(env, spec, subjects, root, input);
      break;
  }
  await subjects.checkListed(spec);
  return record;
}

// ---- cosign -------------------------------------------------------------------------------

async function verifyCosign(
  env: SignatureEnv,
  spec: Extract<SignatureSpec, { kind: 'cosign' }>,
  subjects: Subjects,
  root: TrustedRootSource,
  input: SignatureInput,
): Promise<SignatureRecord> {
  const blob = await subjects.bytes(spec);
  const key = spec.key ? await fetchKey(env, spec.key, input, spec) : undefined;
  const keyRecord = (k: KeyObject): SignatureRecord => ({ kind: 'cosign', subject: spec.subject, signer: `key sha256:${keyFingerprint(k)}` });
  if (spec.bundle) {
    const json = parseJson(await fetchText(env, spec.bundle, input, spec, 'bundle'), 'bundle');
    const legacy = json as { base64Signature?: string; cert?: string };
    if (typeof legacy.base64Signature === 'string') {
      // cosign < 2.4 `--bundle`: signature + certificate (+ a Rekor SET we cannot check without its key id mapping).
      if (key) {
        verifyKeySignature(key, legacy.base64Signature, blob);
        return keyRecord(key);
      }
      if (!legacy.cert) throw new SignatureCheckFailure('the cosign bundle has neither a certificate nor a --key', 'format');
      const identity = await verifyCertificateSignature(Buffer.from(legacy.cert, 'base64').toString('utf8'), legacy.base64Signature, blob, root);
      return keylessRecord(spec, identity, input);
    }
    const verified = await verifyBundle(json, root, { artifact: blob, key, ignoreTlog: spec.ignoreTlog });
    if (key) return keyRecord(key);
    return keylessRecord(spec, verified.identity, input);
  }
  if (!spec.signature) throw new SignatureCheckFailure('the cosign declaration names neither a --signature nor a --bundle', 'format');
  const signature = await fetchText(env, spec.signature, input, spec, 'signature');
  if (key) {
    verifyKeySignature(key, signature, blob);
    return keyRecord(key);
  }
  if (!spec.certificate) throw new SignatureCheckFailure('the cosign declaration has a --signature but neither --key nor --certificate', 'format');
  const cert = await fetchText(env, spec.certificate, input, spec, 'certificate');
  return keylessRecord(spec, await verifyCertificateSignature(cert, signature, blob, root), input);
}

function keylessRecord(spec: Extract<SignatureSpec, { kind: 'cosign' }>, identity: SignerIdentity, input: SignatureInput): SignatureRecord {
  checkIdentity(input, spec, identity, {
    subject: spec.identity !== undefined ? { exact: spec.identity } : spec.identityRegexp !== undefined ? { regexp: spec.identityRegexp } : undefined,
    issuer: spec.issuer !== undefined ? { exact: spec.issuer } : spec.issuerRegexp !== undefined ? { regexp: spec.issuerRegexp } : undefined,
  });
  return { kind: 'cosign', subject: spec.subject, signer: identity.subject ?? '(no subject)', ...(identity.issuer ? { issuer: identity.issuer } : {}) };
}

async function fetchKey(env: SignatureEnv, ref: string, input: SignatureInput, spec: SignatureSpec): Promise<KeyObject> {
  const text = ref.trim().startsWith('-----BEGIN') ? ref : await fetchText(env, ref, input, spec, 'public key');
  return parsePublicKey(text);
}

function keyFingerprint(key: KeyObject): string {
  return createHash('sha256')
    .update(key.export({ format: 'der', type: 'spki' }))
    .digest('hex');
}

// ---- GitHub artifact attestations -----------------------------------------------------------

const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const SLSA_V1 = 'https://slsa.dev/provenance/v1';

async function verifyAttestations(
  env: SignatureEnv,
  spec: Extract<SignatureSpec, { kind: 'github_artifact_attestations' }>,
  subjects: Subjects,
  root: TrustedRootSource,
  input: SignatureInput,
): Promise<SignatureRecord> {
  const digest = await subjects.sha256(spec);
  const predicateType = spec.predicateType ?? SLSA_V1;
  // The lookup made ahead counts only if it asked about the bytes actually downloaded.
  const ahead = await env.attestationsAhead?.get(spec);
  const bundles = await (ahead?.digest === digest ? ahead.bundles : lookupAttestations(env, spec, digest));
  if (bundles.length === 0) throw missing(input, spec, `the GitHub attestations API (${spec.owner}/${spec.repo}, sha256:${digest})`);
  const workflow = spec.signerWorkflow ? signerWorkflowPattern(spec.signerWorkflow) : undefined;
  let lastError: unknown;
  for (const bundle of bundles) {
    try {
      const verified = await verifyBundle(bundle, root, {});
      const statement = inTotoStatement(verified.payload);
      checkSubjectDigest(statement, digest);
      if (statement.predicateType !== predicateType) {
        throw new SignatureCheckFailure(`predicate type ${statement.predicateType ?? '(none)'}, expected ${predicateType}`, 'format');
      }
      const repoUrl = verified.identity.sourceRepository;
      if (repoUrl && !repoUrl.replace(/\/$/, '').endsWith(`/${spec.owner}/${spec.repo}`)) {
        throw identityError(input, spec, 'source repository', `https://github.com/${spec.owner}/${spec.repo}`, repoUrl);
      }
      checkIdentity(input, spec, verified.identity, { subject: workflow ? { regexp: workflow } : undefined, issuer: { exact: GITHUB_ACTIONS_ISSUER } });
      return {
        kind: 'github_artifact_attestations',
        subject: spec.subject,
        signer: verified.identity.subject ?? '(no subject)',
        ...(verified.identity.issuer ? { issuer: verified.identity.issuer } : {}),
      };
    } catch (err) {
      // An identity mismatch on a valid attestation says more than a broken one.
      if (!(lastError instanceof AtmosError) || err instanceof AtmosError) lastError = err;
    }
  }
  throw lastError;
}

function lookupAttestations(env: SignatureEnv, spec: Extract<SignatureSpec, { kind: 'github_artifact_attestations' }>, digest: string): Promise<unknown[]> {
  return (async () => (await env.releases()).attestations(spec.owner, spec.repo, `sha256:${digest}`, spec.predicateType ?? SLSA_V1))();
}

/** `gh attestation verify --signer-workflow`: `[host/]owner/repo/path`, a regexp matched from `https://`. */
function signerWorkflowPattern(workflow: string): string {
  const withHost = /^[^/]+\.[^/]+\//.test(workflow) ? workflow : `github.com/${workflow}`;
  return `^https://${withHost}`;
}

// ---- SLSA provenance --------------------------------------------------------------------------

/** Builders slsa-verifier trusts for GitHub releases: the slsa-github-generator reusable workflows at a release tag. */
const SLSA_BUILDER = /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator\/\.github\/workflows\/[\w.-]+\.ya?ml@refs\/tags\/v\d+\.\d+\.\d+$/;

async function verifySlsa(
  env: SignatureEnv,
  spec: Extract<SignatureSpec, { kind: 'slsa_provenance' }>,
  subjects: Subjects,
  root: TrustedRootSource,
  input: SignatureInput,
): Promise<SignatureRecord> {
  const text = await fetchText(env, spec.url, input, spec, 'provenance');
  const digest = await subjects.sha256(spec);
  const envelopes = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => parseJson(l, 'provenance'));
  let lastError: unknown = new SignatureCheckFailure('the provenance file is empty', 'format');
  for (const env of envelopes) {
    try {
      const verified = await verifyProvenanceEnvelope(env, root);
      const statement = inTotoStatement(verified.payload);
      checkSubjectDigest(statement, digest);
      checkIdentity(input, spec, verified.identity, { subject: { regexp: SLSA_BUILDER.source }, issuer: { exact: GITHUB_ACTIONS_ISSUER } });
      const source = provenanceSource(statement, verified.identity);
      const wantUri = normalizeSourceUri(spec.sourceUri);
      if (normalizeSourceUri(source.uri) !== wantUri)
        throw identityError(input, spec, 'source repository', wantUri, normalizeSourceUri(source.uri) || '(none)');
      if (source.ref !== `refs/tags/${spec.sourceTag}`) throw identityError(input, spec, 'source tag', `refs/tags/${spec.sourceTag}`, source.ref || '(none)');
      return { kind: 'slsa_provenance', subject: 'asset', signer: verified.identity.subject ?? '(no subject)', issuer: verified.identity.issuer };
    } catch (err) {
      if (!(lastError instanceof AtmosError) || err instanceof AtmosError) lastError = err;
    }
  }
  throw lastError;
}

/** A Sigstore bundle (slsa-github-generator v2) or a DSSE envelope with the certificate inside (v1). */
async function verifyProvenanceEnvelope(json: unknown, root: TrustedRootSource) {
  const doc = json as { mediaType?: string; payloadType?: string; payload?: string; signatures?: { sig?: string; cert?: string }[] };
  if (doc.mediaType) return verifyBundle(json, root, {});
  const sig = doc.signatures?.[0];
  if (!doc.payloadType || !doc.payload || !sig?.sig || !sig.cert) {
    throw new SignatureCheckFailure('the provenance line is neither a Sigstore bundle nor a DSSE envelope with a certificate', 'format');
  }
  const body = Buffer.from(doc.payload, 'base64');
  const identity = await verifyCertificateSignature(sig.cert, sig.sig, dssePae(doc.payloadType, body), root);
  return { identity, payload: { type: doc.payloadType, body } };
}

/** DSSE pre-authentication encoding. */
export function dssePae(type: string, body: Buffer): Buffer {
  const t = Buffer.from(type, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${t.length} `), t, Buffer.from(` ${body.length} `), body]);
}

interface InTotoStatement {
  _type?: string;
  subject?: { name?: string; digest?: Record<string, string> }[];
  predicateType?: string;
  predicate?: Record<string, unknown>;
}

function inTotoStatement(payload: { type: string; body: Buffer } | undefined): InTotoStatement {
  if (!payload || payload.type !== 'application/vnd.in-toto+json') {
    throw new SignatureCheckFailure(`the envelope carries ${payload?.type ?? 'no payload'}, not an in-toto statement`, 'format');
  }
  return parseJson(payload.body.toString('utf8'), 'in-toto statement') as InTotoStatement;
}

function checkSubjectDigest(statement: InTotoStatement, sha256: string): void {
  const subjects = statement.subject ?? [];
  if (!subjects.some((s) => s.digest?.sha256?.toLowerCase() === sha256)) {
    const listed = subjects.map((s) => `${s.name ?? '?'} sha256:${s.digest?.sha256 ?? '?'}`).join(', ') || '(none)';
    throw new SignatureCheckFailure(`the statement is about other bytes: it lists ${listed}, the file is sha256:${sha256}`, 'signature');
  }
}

function provenanceSource(statement: InTotoStatement, identity: SignerIdentity): { uri: string; ref: string } {
  const p = (statement.predicate ?? {}) as {
    invocation?: { configSource?: { uri?: string } };
    buildDefinition?: { externalParameters?: { workflow?: { repository?: string; ref?: string } } };
  };
  const v02 = p.invocation?.configSource?.uri;
  if (v02) {
    const [uri, ref] = v02.split('@');
    return { uri, ref: ref ?? '' };
  }
  const wf = p.buildDefinition?.externalParameters?.workflow;
  if (wf?.repository) return { uri: wf.repository, ref: wf.ref ?? '' };
  return { uri: identity.sourceRepository ?? '', ref: identity.sourceRef ?? '' };
}

function normalizeSourceUri(uri: string): string {
  return uri
    .replace(/^git\+/, '')
    .replace(/^https?:\/\//, '')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
}

// ---- identity, fetching, errors -------------------------------------------------------------

interface Expectation {
  exact?: string;
  regexp?: string;
}

function checkIdentity(input: SignatureInput, spec: SignatureSpec, found: SignerIdentity, want: { subject?: Expectation; issuer?: Expectation }): void {
  for (const [what, expectation, value] of [
    ['identity', want.subject, found.subject],
    ['OIDC issuer', want.issuer, found.issuer],
  ] as const) {
    if (!expectation) continue;
    const ok = value !== undefined && (expectation.exact !== undefined ? value === expectation.exact : goRegExp(expectation.regexp!, input, spec).test(value));
    if (!ok) throw identityError(input, spec, what, expectation.exact ?? `/${expectation.regexp}/`, value ?? '(none)');
  }
}

/** Go RE2 syntax the registry uses: `\Q…\E` literals and a leading `(?i)`. */
function goRegExp(pattern: string, input: SignatureInput, spec: SignatureSpec): RegExp {
  let flags = '';
  let p = pattern;
  const inline = /^\(\?([a-z]+)\)/.exec(p);
  if (inline) {
    if (inline[1].includes('i')) flags += 'i';
    if (inline[1].includes('s')) flags += 's';
    p = p.slice(inline[0].length);
  }
  p = p.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, lit: string) => lit.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  try {
    return new RegExp(p, flags);
  } catch (err) {
    throw new AtmosError(`${input.label}: the registry's ${spec.kind} identity pattern is not a valid regular expression`, {
      code: 'REGISTRY_INVALID',
      explanation: `${pattern}: ${errorMessage(err)}`,
      hint: overrideHint(input, spec),
    });
  }
}

async function fetchText(env: SignatureEnv, publicUrl: string, input: SignatureInput, spec: SignatureSpec, what: string): Promise<string> {
  const url = env.rewrite(publicUrl);
  let res: { status: number; text: string };
  try {
    res = await (env.prefetched?.get(publicUrl) ?? (async () => (await env.http()).getText(url, { acceptStatus: [404] }))());
  } catch (err) {
    throw new AtmosError(`${input.label}: could not fetch the ${spec.kind} ${what}`, {
      code: 'SIGNATURE_MISSING',
      explanation: `${url}: ${errorMessage(err)}`,
      hint: `Retry later. ${overrideHint(input, spec)}`,
      context: { tool: input.tool, kind: spec.kind, url },
      cause: err,
    });
  }
  if (res.status === 404) throw missing(input, spec, url);
  return res.text;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new SignatureCheckFailure(`the ${what} is not JSON (${errorMessage(err)})`, 'format');
  }
}

function subjectName(spec: { subject: SignatureSubject }): string {
  return spec.subject === 'asset' ? 'asset' : 'checksum file';
}

function overrideHint(input: SignatureInput, spec: SignatureSpec): string {
  return `To install ${input.tool} without this check, set toolchain.verification.tools."${input.tool}".disabled_kinds: [${spec.kind}] (or .signatures: disabled) in atmos.yaml — for this tool only.`;
}

function missing(input: SignatureInput, spec: SignatureSpec, where: string): AtmosError {
  return new AtmosError(`${input.label}: the registry declares a ${spec.kind} signature for the ${subjectName(spec)}, but there is none`, {
    code: 'SIGNATURE_MISSING',
    explanation: `Nothing at ${where} (HTTP 404). A declared signature that is missing is treated as an attack (an attacker who replaces a release asset can also delete its signature); the download was deleted.`,
    hint: overrideHint(input, spec),
    context: { tool: input.tool, kind: spec.kind },
  });
}

function identityError(input: SignatureInput, spec: SignatureSpec, what: string, expected: string, found: string): AtmosError {
  return new AtmosError(`${input.label}: ${spec.kind} ${what} mismatch on the ${subjectName(spec)}`, {
    code: 'SIGNATURE_IDENTITY_MISMATCH',
    explanation: `The signature is cryptographically valid, but it was made by someone else than the registry expects.\n  expected ${what}: ${expected}\n  found    ${what}: ${found}\nThe download was deleted.`,
    hint: `If the project moved its release workflow, update the registry definition. ${overrideHint(input, spec)}`,
    context: { tool: input.tool, kind: spec.kind, expected, found },
  });
}

function failure(input: SignatureInput, spec: SignatureSpec, err: unknown, root: TrustedRootSource): AtmosError {
  const reason = err instanceof SignatureCheckFailure ? err.reason : 'format';
  const untrusted = reason === 'certificate' || reason === 'tlog';
  const what =
    reason === 'signature'
      ? 'the signature does not match the bytes'
      : reason === 'certificate'
        ? 'the signing certificate or key is not trusted (expired, or not issued by a trusted CA)'
        : reason === 'tlog'
          ? 'the transparency-log proof does not verify'
          : 'the signature material is malformed';
  return new AtmosError(`${input.label}: ${spec.kind} verification of the ${subjectName(spec)} failed: ${what}`, {
    code: untrusted ? 'SIGNATURE_UNTRUSTED' : 'SIGNATURE_INVALID',
    explanation: `${errorMessage(err)}.${untrusted ? ` Trusted root: ${root.origin}.` : ''} The download was deleted and nothing was installed.`,
    hint: `Treat the release as tampered with unless you know why it changed. ${overrideHint(input, spec)}`,
    context: { tool: input.tool, kind: spec.kind },
  });
}

function requiredError(input: SignatureInput, declared: SignatureSpec[]): AtmosError {
  const off = declared.map((d) => d.kind);
  return new AtmosError(`${input.label}: no signature to verify, and toolchain.verification.signatures is "required"`, {
    code: 'SIGNATURE_REQUIRED',
    explanation: off.length
      ? `The registry declares ${[...new Set(off)].join(', ')}, but those kinds are switched off.`
      : 'The registry definition declares no cosign, GitHub attestation, SLSA or minisign signature for this tool.',
    hint: `To install ${input.tool} with its checksum only, set toolchain.verification.tools."${input.tool}".signatures: when_available in atmos.yaml — for this tool only.`,
    context: { tool: input.tool },
  });
}

function lockMismatch(input: SignatureInput, expected: SignatureRecord[], found: SignatureRecord[]): AtmosError {
  const show = (r: SignatureRecord) => `${r.kind} on the ${r.subject.replace('_', ' ')} by ${r.signer}${r.issuer ? ` (${r.issuer})` : ''}`;
  return new AtmosError(`${input.label}: the signatures recorded in toolchain.lock.yaml do not verify any more`, {
    code: 'LOCK_SIGNATURE_MISMATCH',
    explanation: `Recorded: ${expected.map(show).join('; ')}\nVerified now: ${found.map(show).join('; ') || '(nothing)'}`,
    hint: 'If the change is legitimate (a new signing identity), run "atmos-ts toolchain lock" to record it; otherwise treat the release as tampered with.',
    context: { tool: input.tool },
  });
}

export { SIGNATURE_KINDS } from '../assetPlan.js';
export type { SignatureKind } from '../assetPlan.js';
