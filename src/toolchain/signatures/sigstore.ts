/**
 * Sigstore verification on top of the Sigstore project's own libraries (@sigstore/verify,
 * @sigstore/bundle, @sigstore/core): bundles (message signatures and DSSE envelopes, with
 * Fulcio certificates or public keys, transparency-log entries checked against the trusted
 * root), and the bare certificate + signature pair cosign publishes next to an asset.
 * Loaded only when a tool declares a signature: warm runs never pay for it.
 */
import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { AtmosError, errorMessage } from '../../common/errors.js';
import { SIGSTORE_PUBLIC_GOOD_ROOT } from './publicGoodRoot.js';

/** What a verified signature says about who signed. */
export interface SignerIdentity {
  /** Certificate subject alternative name (a workflow URL, an email), for keyless signatures. */
  subject?: string;
  /** OIDC issuer (Fulcio extension 1.3.6.1.4.1.57264.1.8 / .1.1). */
  issuer?: string;
  /** GitHub source repository URI (Fulcio extension 1.3.6.1.4.1.57264.1.12), when present. */
  sourceRepository?: string;
  /** GitHub source repository ref (1.3.6.1.4.1.57264.1.14), when present. */
  sourceRef?: string;
}

export interface TrustedRootSource {
  json: unknown;
  /** For messages: the file, or "the Sigstore public-good root shipped with atmos-ts". */
  origin: string;
}

export const PUBLIC_GOOD_ORIGIN = 'the Sigstore public-good root shipped with atmos-ts';

/** The configured trusted root (`toolchain.verification.trusted_root`), else the shipped one. */
export async function loadTrustedRoot(file: string | undefined): Promise<TrustedRootSource> {
  if (!file) return { json: SIGSTORE_PUBLIC_GOOD_ROOT, origin: PUBLIC_GOOD_ORIGIN };
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw rootError(file, `cannot read it: ${errorMessage(err)}`);
  }
  try {
    const json = JSON.parse(text) as { certificateAuthorities?: unknown; tlogs?: unknown };
    if (!Array.isArray(json.certificateAuthorities) || !Array.isArray(json.tlogs)) throw new Error('no "certificateAuthorities" and "tlogs" lists');
    return { json, origin: file };
  } catch (err) {
    throw rootError(file, `it is not a Sigstore trusted_root.json (${errorMessage(err)})`);
  }
}

function rootError(file: string, why: string): AtmosError {
  return new AtmosError(`toolchain.verification.trusted_root: ${file}: ${why}`, {
    code: 'TRUSTED_ROOT_INVALID',
    hint: 'Point it at the trusted_root.json of your Sigstore deployment, or remove the key to use the public-good root.',
    context: { file },
  });
}

type VerifyModule = typeof import('@sigstore/verify');
type TrustMaterial = import('@sigstore/verify').TrustMaterial;

interface Loaded {
  verify: VerifyModule;
  bundle: typeof import('@sigstore/bundle');
  core: typeof import('@sigstore/core');
  chain: typeof import('@sigstore/verify/dist/key/certificate.js');
}

let libs: Promise<Loaded> | undefined;

/** Start loading the Sigstore libraries (while the asset downloads). */
export function preloadSigstore(): void {
  load().catch(() => {});
}

function load(): Promise<Loaded> {
  libs ??= (async () => ({
    verify: await import('@sigstore/verify'),
    bundle: await import('@sigstore/bundle'),
    core: await import('@sigstore/core'),
    chain: await import('@sigstore/verify/dist/key/certificate.js'),
  }))();
  return libs;
}

const materials = new WeakMap<object, Promise<{ material: (key?: KeyObject) => TrustMaterial; hasCtlogs: boolean }>>();

async function trustMaterial(root: TrustedRootSource) {
  let m = materials.get(root);
  if (!m) {
    m = (async () => {
      const { verify } = await load();
      const { TrustedRoot } = await import('@sigstore/protobuf-specs');
      let parsed: import('@sigstore/protobuf-specs').TrustedRoot;
      try {
        parsed = TrustedRoot.fromJSON(root.json);
      } catch (err) {
        throw rootError(root.origin, errorMessage(err));
      }
      // Parsing the root's certificates and keys is most of a verification's CPU: once per root.
      const keyless = verify.toTrustMaterial(parsed, () => {
        throw new Error('the bundle names a public key, but no --key was given');
      });
      for (const ca of keyless.certificateAuthorities) for (const cert of ca.certChain) memoizeTrustedCertificate(cert);
      return {
        hasCtlogs: parsed.ctlogs.length > 0,
        material: (key?: KeyObject): TrustMaterial => (key ? { ...keyless, publicKey: () => ({ publicKey: key, validFor: () => true }) } : keyless),
      };
    })();
    materials.set(root, m);
  }
  return m;
}

type Asn1Node = { subs: Asn1Node[]; toDER(): Buffer };

/**
 * @sigstore/core compares and verifies certificates by re-encoding their parsed ASN.1 tree
 * (`equals` → `root.toDER()`, `verify` → `tbsCertificate.toDER()`), every time: the chain
 * check of one keyless signature re-encodes the trusted CA certificates a dozen times, which
 * was most of its CPU. A parsed certificate never changes, so each node's encoding is
 * computed once (own property on the instance; the same bytes the prototype method returns).
 * Applied to the trusted root's certificates (kept for the process) and to each leaf.
 */
function memoizeDer(cert: import('@sigstore/core').X509Certificate): void {
  const pending: Asn1Node[] = [cert.root as unknown as Asn1Node];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (Object.prototype.hasOwnProperty.call(node, 'toDER')) continue;
    const encode = node.toDER.bind(node);
    let der: Buffer | undefined;
    Object.defineProperty(node, 'toDER', { value: () => (der ??= encode()), configurable: true });
    pending.push(...node.subs);
  }
}

/**
 * A trusted CA certificate, kept for the process: its encodings (memoizeDer) and the checks of
 * its own signature by a given issuer (the root's self-signature, an intermediate's by the
 * root) are computed once instead of on each chain check. Only the leaf is verified afresh.
 */
function memoizeTrustedCertificate(cert: import('@sigstore/core').X509Certificate): void {
  memoizeDer(cert);
  const verify = cert.verify.bind(cert);
  const byIssuer = new WeakMap<object, boolean>();
  let self: boolean | undefined;
  Object.defineProperty(cert, 'verify', {
    value: (issuer?: import('@sigstore/core').X509Certificate): boolean => {
      if (!issuer) return (self ??= verify());
      let ok = byIssuer.get(issuer);
      if (ok === undefined) byIssuer.set(issuer, (ok = verify(issuer)));
      return ok;
    },
    configurable: true,
  });
}

/** A signature that did not verify: the message the Sigstore library gave, and its code. */
export class SignatureCheckFailure extends Error {
  constructor(
    message: string,
    readonly reason: 'signature' | 'certificate' | 'tlog' | 'format',
  ) {
    super(message);
  }
}

export interface BundleCheck {
  /** The signed bytes (message-signature bundles); DSSE bundles carry their payload. */
  artifact?: Buffer;
  /** `--key`: bundles signed with a key instead of a Fulcio certificate. */
  key?: KeyObject;
  /** `--insecure-ignore-tlog`. */
  ignoreTlog?: boolean;
}

export interface VerifiedBundle {
  identity: SignerIdentity;
  /** DSSE payload (an in-toto statement) for DSSE bundles. */
  payload?: { type: string; body: Buffer };
}

/** Verify a Sigstore bundle (JSON) against the trusted root. */
export async function verifyBundle(bundleJson: unknown, root: TrustedRootSource, check: BundleCheck): Promise<VerifiedBundle> {
  const { verify, bundle } = await load();
  let parsed: import('@sigstore/bundle').Bundle;
  try {
    parsed = bundle.bundleFromJSON(bundleJson);
  } catch (err) {
    throw new SignatureCheckFailure(`not a Sigstore bundle (${errorMessage(err)})`, 'format');
  }
  const { material, hasCtlogs } = await trustMaterial(root);
  const entity = verify.toSignedEntity(parsed, check.artifact);
  const keyless = entity.key.$case === 'certificate';
  if (entity.key.$case === 'certificate') memoizeDer(entity.key.certificate);
  const verifier = new verify.Verifier(material(check.key), {
    // A private deployment without CT logs (and the tests' root) issues certificates without SCTs.
    ctlogThreshold: keyless && hasCtlogs ? 1 : 0,
    tlogThreshold: check.ignoreTlog ? 0 : 1,
    // A key has no validity window to prove; a certificate must have been valid when it signed.
    timestampThreshold: keyless ? 1 : 0,
  });
  let signer: import('@sigstore/verify').Signer;
  try {
    signer = verifier.verify(entity);
  } catch (err) {
    throw libraryFailure(err);
  }
  const identity = keyless && entity.key.$case === 'certificate' ? certificateIdentity(entity.key.certificate) : {};
  if (!identity.subject) identity.subject = signer.identity?.subjectAlternativeName;
  const content = parsed.content;
  const payload = content.$case === 'dsseEnvelope' ? { type: content.dsseEnvelope.payloadType, body: Buffer.from(content.dsseEnvelope.payload) } : undefined;
  return { identity, ...(payload ? { payload } : {}) };
}

function libraryFailure(err: unknown): SignatureCheckFailure {
  const code = (err as { code?: string }).code ?? '';
  const cause = (err as { cause?: unknown }).cause;
  const detail = errorMessage(err) + (cause ? ` (${errorMessage(cause)})` : '');
  if (code === 'SIGNATURE_ERROR' || code === 'TLOG_BODY_ERROR') return new SignatureCheckFailure(detail, 'signature');
  if (code === 'CERTIFICATE_ERROR' || code === 'PUBLIC_KEY_ERROR') return new SignatureCheckFailure(detail, 'certificate');
  if (code.startsWith('TLOG') || code === 'TIMESTAMP_ERROR') return new SignatureCheckFailure(detail, 'tlog');
  return new SignatureCheckFailure(detail, 'format');
}

/**
 * cosign's detached pair: a Fulcio certificate (PEM, possibly base64-wrapped) and a base64
 * signature over the blob. No transparency-log entry comes with it (cosign would look one
 * up in Rekor online), so the chain to the trusted CA is checked at the certificate's own
 * issuance time; see docs/toolchain.md "Trust model".
 */
export async function verifyCertificateSignature(certText: string, signatureText: string, blob: Buffer, root: TrustedRootSource): Promise<SignerIdentity> {
  const { core, chain } = await load();
  const { material } = await trustMaterial(root);
  let cert: import('@sigstore/core').X509Certificate;
  try {
    cert = core.X509Certificate.parse(pemText(certText));
  } catch (err) {
    throw new SignatureCheckFailure(`the certificate is not a PEM X.509 certificate (${errorMessage(err)})`, 'format');
  }
  memoizeDer(cert);
  try {
    chain.verifyCertificateChain(cert.notBefore, cert, material().certificateAuthorities);
  } catch (err) {
    throw libraryFailure(err);
  }
  const key = createPublicKey({ key: cert.publicKey, format: 'der', type: 'spki' });
  if (!verifyBlobSignature(key, blob, decodeSignature(signatureText))) {
    throw new SignatureCheckFailure('the signature does not match these bytes', 'signature');
  }
  return certificateIdentity(cert);
}

/** cosign `--key` with a detached base64 signature (no bundle). */
export function verifyKeySignature(key: KeyObject, signatureText: string, blob: Buffer): void {
  if (!verifyBlobSignature(key, blob, decodeSignature(signatureText))) {
    throw new SignatureCheckFailure('the signature does not match these bytes under the given key', 'signature');
  }
}

function verifyBlobSignature(key: KeyObject, blob: Buffer, signature: Buffer): boolean {
  try {
    // ECDSA and RSA keys sign a SHA-256 digest; Ed25519 signs the message itself.
    return cryptoVerify(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', blob, key, signature);
  } catch {
    return false;
  }
}

/** A public key from PEM (cosign.pub) text. */
export function parsePublicKey(text: string): KeyObject {
  try {
    return createPublicKey(text.trim());
  } catch (err) {
    throw new SignatureCheckFailure(`not a PEM public key (${errorMessage(err)})`, 'format');
  }
}

function decodeSignature(text: string): Buffer {
  const t = text.trim();
  const sig = Buffer.from(t, 'base64');
  if (sig.length === 0 || !/^[A-Za-z0-9+/=\s]+$/.test(t)) throw new SignatureCheckFailure('the signature file is not base64', 'format');
  return sig;
}

/** cosign writes `.pem` files either as PEM or as base64 of the PEM. */
function pemText(text: string): string {
  const t = text.trim();
  if (t.startsWith('-----BEGIN')) return t;
  const decoded = Buffer.from(t, 'base64').toString('utf8').trim();
  return decoded.startsWith('-----BEGIN') ? decoded : t;
}

const OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  issuerV2: '1.3.6.1.4.1.57264.1.8',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
};

/** Subject, issuer and GitHub source facts of a Fulcio certificate. */
export function certificateIdentity(cert: import('@sigstore/core').X509Certificate): SignerIdentity {
  const ext = (oid: string): string | undefined => {
    const value = cert.extension(oid)?.value;
    return value ? extensionString(value) : undefined;
  };
  const identity: SignerIdentity = { subject: cert.subjectAltName, issuer: ext(OID.issuerV2) ?? ext(OID.issuerV1) };
  const repo = ext(OID.sourceRepositoryUri);
  const ref = ext(OID.sourceRepositoryRef);
  if (repo) identity.sourceRepository = repo;
  if (ref) identity.sourceRef = ref;
  return identity;
}

/** Fulcio's V2 extensions hold a DER UTF8String; the V1 ones the raw string. */
function extensionString(value: Buffer): string {
  if (value[0] === 0x0c && value.length >= 2) {
    const first = value[1];
    if (first < 0x80 && first === value.length - 2) return value.subarray(2).toString('utf8');
    const n = first & 0x7f;
    if (first > 0x80 && n <= 2 && value.length === 2 + n + value.readUIntBE(2, n)) return value.subarray(2 + n).toString('utf8');
  }
  return value.toString('utf8');
}
