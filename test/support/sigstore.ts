import 'reflect-metadata';
import { KeyObject, createHash, generateKeyPairSync, sign, webcrypto } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as x509 from '@peculiar/x509';

/**
 * A private Sigstore, minted in the test: a Fulcio-like CA (root + intermediate), a Rekor-like
 * log key, the trusted_root.json naming them, and signers that produce what real releases
 * publish — keyless Sigstore bundles (message signature or DSSE, with a transparency-log
 * entry carrying both a signed entry timestamp and a one-leaf inclusion proof + checkpoint),
 * cosign's detached `.sig` + `.pem`, key-based cosign signatures, slsa-github-generator's
 * DSSE envelopes, and minisign signatures. Nothing is fetched; all keys are fresh per run.
 *
 *   const ss = await startFakeSigstore();
 *   const signer = await ss.keyless({ san: 'https://github.com/o/r/.github/workflows/release.yml@refs/heads/main' });
 *   const bundle = signer.bundle(bytes);             // a .sigstore.json
 *   const root = ss.writeTrustedRoot(dir);            // toolchain.verification.trusted_root
 */
x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const LOG_URL = 'https://rekor.fake.test';

export interface KeylessIdentity {
  san: string;
  issuer?: string;
  sourceRepository?: string;
  sourceRef?: string;
  /** Certificate validity (default: 5 minutes around the signing time). */
  notBefore?: Date;
  notAfter?: Date;
}

export interface KeylessSigner {
  certPem: string;
  /** cosign `--output-signature` (base64). */
  signature(blob: Buffer | string): string;
  /** A v0.3 Sigstore bundle with a message signature over `blob`. */
  bundle(blob: Buffer | string): object;
  /** A v0.3 Sigstore bundle with a DSSE envelope around an in-toto statement. */
  dsseBundle(statement: object): object;
  /** slsa-github-generator v1 `.intoto.jsonl` line: a DSSE envelope carrying its certificate. */
  dsseEnvelope(statement: object): object;
}

export interface KeySigner {
  publicPem: string;
  signature(blob: Buffer | string): string;
  /** A bundle signed by the key (verification material = key hint), with a tlog entry. */
  bundle(blob: Buffer | string): object;
}

export interface MinisignSigner {
  /** The registry's `public_key` value. */
  publicKey: string;
  sign(message: Buffer | string, options?: { trustedComment?: string; prehashed?: boolean }): string;
}

export interface FakeSigstore {
  trustedRoot: object;
  writeTrustedRoot(dir: string): string;
  keyless(identity: KeylessIdentity): Promise<KeylessSigner>;
  /** A signer whose certificate comes from a CA the trusted root does not list. */
  untrustedKeyless(identity: KeylessIdentity): Promise<KeylessSigner>;
  key(): KeySigner;
  minisign(): MinisignSigner;
  /** Seconds since the epoch written as the log's integrated time (default: one minute ago). */
  integratedTime: number;
}

const ALG = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIG = { name: 'ECDSA', hash: 'SHA-256' } as const;

async function ecKeys(): Promise<webcrypto.CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
}

function der(cert: x509.X509Certificate): Buffer {
  return Buffer.from(cert.rawData);
}

/** DER UTF8String, as Fulcio's V2 extensions hold their value. */
function utf8String(s: string): Buffer {
  const body = Buffer.from(s, 'utf8');
  const len =
    body.length < 0x80
      ? Buffer.from([body.length])
      : body.length < 0x100
        ? Buffer.from([0x81, body.length])
        : Buffer.from([0x82, body.length >> 8, body.length & 0xff]);
  return Buffer.concat([Buffer.from([0x0c]), len, body]);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

function pae(type: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${body.length} `), body]);
}

async function makeCa(name: string): Promise<{ root: x509.X509Certificate; intermediate: x509.X509Certificate; key: webcrypto.CryptoKey }> {
  const rootKeys = await ecKeys();
  const notBefore = new Date(Date.now() - 365 * 86400_000);
  const notAfter = new Date(Date.now() + 365 * 86400_000);
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=${name} root, O=${name}`,
    keys: rootKeys,
    notBefore,
    notAfter,
    signingAlgorithm: SIG,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ],
  });
  const interKeys = await ecKeys();
  const intermediate = await x509.X509CertificateGenerator.create({
    subject: `CN=${name} intermediate, O=${name}`,
    issuer: root.subject,
    publicKey: interKeys.publicKey,
    signingKey: rootKeys.privateKey,
    notBefore,
    notAfter,
    signingAlgorithm: SIG,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ],
  });
  return { root, intermediate, key: interKeys.privateKey };
}

export async function startFakeSigstore(): Promise<FakeSigstore> {
  const ca = await makeCa('fake-fulcio');
  const rogue = await makeCa('rogue-fulcio');
  const log = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const logSpki = log.publicKey.export({ format: 'der', type: 'spki' });
  const logId = createHash('sha256').update(logSpki).digest();
  let logIndex = 0;

  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: LOG_URL,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: logSpki.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: '2020-01-01T00:00:00Z' } },
        logId: { keyId: logId.toString('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'fake-fulcio', commonName: 'fake-fulcio' },
        uri: 'https://fulcio.fake.test',
        certChain: { certificates: [{ rawBytes: der(ca.intermediate).toString('base64') }, { rawBytes: der(ca.root).toString('base64') }] },
        validFor: { start: '2020-01-01T00:00:00Z' },
      },
    ],
    ctlogs: [],
    timestampAuthorities: [],
  };

  const fake: FakeSigstore = {
    trustedRoot,
    integratedTime: Math.floor(Date.now() / 1000) - 60,
    writeTrustedRoot(dir) {
      const file = path.join(dir, 'trusted_root.json');
      writeFileSync(file, JSON.stringify(trustedRoot, null, 2));
      return file;
    },
    keyless: (identity) => keylessSigner(ca, identity),
    untrustedKeyless: (identity) => keylessSigner(rogue, identity),
    key() {
      const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const publicPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
      const signature = (blob: Buffer | string) => sign('sha256', Buffer.from(blob), privateKey).toString('base64');
      return {
        publicPem,
        signature,
        bundle(blob) {
          const bytes = Buffer.from(blob);
          const sig = Buffer.from(signature(bytes), 'base64');
          const body = hashedRekord(bytes, sig, Buffer.from(publicPem).toString('base64'));
          return {
            mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
            verificationMaterial: {
              publicKey: {
                hint: createHash('sha256')
                  .update(publicKey.export({ format: 'der', type: 'spki' }))
                  .digest('base64'),
              },
              tlogEntries: [tlogEntry('hashedrekord', body)],
            },
            messageSignature: {
              messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(bytes).digest('base64') },
              signature: sig.toString('base64'),
            },
          };
        },
      };
    },
    minisign() {
      const { publicKey, privateKey } = generateKeyPairSync('ed25519');
      const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
      const keyId = createHash('sha256').update(raw).digest().subarray(0, 8);
      return {
        publicKey: Buffer.concat([Buffer.from('Ed'), keyId, raw]).toString('base64'),
        sign(message, options = {}) {
          const prehashed = options.prehashed ?? true;
          const data = prehashed ? createHash('blake2b512').update(Buffer.from(message)).digest() : Buffer.from(message);
          const signature = sign(null, data, privateKey);
          const trusted = options.trustedComment ?? `timestamp:${Math.floor(Date.now() / 1000)}\tfile:asset\thashed`;
          const global = sign(null, Buffer.concat([signature, Buffer.from(trusted)]), privateKey);
          return [
            'untrusted comment: signature from minisign secret key',
            Buffer.concat([Buffer.from(prehashed ? 'ED' : 'Ed'), keyId, signature]).toString('base64'),
            `trusted comment: ${trusted}`,
            global.toString('base64'),
            '',
          ].join('\n');
        },
      };
    },
  };

  function tlogEntry(kind: 'hashedrekord' | 'dsse', body: object): object {
    const canonicalized = Buffer.from(canonical(body));
    const index = logIndex++;
    const integratedTime = fake.integratedTime;
    const set = sign(
      'sha256',
      Buffer.from(canonical({ body: canonicalized.toString('base64'), integratedTime, logIndex: index, logID: logId.toString('hex') })),
      log.privateKey,
    );
    // A one-leaf tree: the root hash is the leaf hash, the proof has no hashes.
    const rootHash = createHash('sha256')
      .update(Buffer.concat([Buffer.from([0]), canonicalized]))
      .digest();
    const note = `rekor.fake.test - 1\n1\n${rootHash.toString('base64')}\n`;
    const noteSig = sign('sha256', Buffer.from(note), log.privateKey);
    const checkpoint = `${note}\n\u2014 rekor.fake.test ${Buffer.concat([logId.subarray(0, 4), noteSig]).toString('base64')}\n`;
    return {
      logIndex: String(index),
      logId: { keyId: logId.toString('base64') },
      kindVersion: { kind, version: '0.0.1' },
      integratedTime: String(integratedTime),
      inclusionPromise: { signedEntryTimestamp: set.toString('base64') },
      inclusionProof: { logIndex: '0', rootHash: rootHash.toString('base64'), treeSize: '1', hashes: [], checkpoint: { envelope: checkpoint } },
      canonicalizedBody: canonicalized.toString('base64'),
    };
  }

  function hashedRekord(blob: Buffer, sig: Buffer, publicKeyB64: string): object {
    return {
      apiVersion: '0.0.1',
      kind: 'hashedrekord',
      spec: {
        data: { hash: { algorithm: 'sha256', value: createHash('sha256').update(blob).digest('hex') } },
        signature: { content: sig.toString('base64'), publicKey: { content: publicKeyB64 } },
      },
    };
  }

  async function keylessSigner(authority: { intermediate: x509.X509Certificate; key: webcrypto.CryptoKey }, id: KeylessIdentity): Promise<KeylessSigner> {
    const keys = await ecKeys();
    const signedAt = new Date(fake.integratedTime * 1000);
    const ext = (oid: string, value: string) => new x509.Extension(oid, false, utf8String(value));
    const cert = await x509.X509CertificateGenerator.create({
      subject: '',
      issuer: authority.intermediate.subject,
      publicKey: keys.publicKey,
      signingKey: authority.key,
      notBefore: id.notBefore ?? new Date(signedAt.getTime() - 5 * 60_000),
      notAfter: id.notAfter ?? new Date(signedAt.getTime() + 5 * 60_000),
      signingAlgorithm: SIG,
      extensions: [
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.3']),
        new x509.SubjectAlternativeNameExtension([{ type: id.san.includes('@') && !id.san.includes('://') ? 'email' : 'url', value: id.san }], true),
        new x509.Extension('1.3.6.1.4.1.57264.1.1', false, Buffer.from(id.issuer ?? GITHUB_ISSUER)),
        ext('1.3.6.1.4.1.57264.1.8', id.issuer ?? GITHUB_ISSUER),
        ...(id.sourceRepository ? [ext('1.3.6.1.4.1.57264.1.12', id.sourceRepository)] : []),
        ...(id.sourceRef ? [ext('1.3.6.1.4.1.57264.1.14', id.sourceRef)] : []),
      ],
    });
    const certPem = cert.toString('pem');
    const privateKey = KeyObject.from(keys.privateKey);
    const rawSign = (data: Buffer) => sign('sha256', data, privateKey);
    const material = { certificate: { rawBytes: der(cert).toString('base64') } };
    const envelope = (statement: object) => {
      const payload = Buffer.from(JSON.stringify(statement));
      const type = 'application/vnd.in-toto+json';
      return { payload, type, sig: rawSign(pae(type, payload)) };
    };
    return {
      certPem,
      signature: (blob) => rawSign(Buffer.from(blob)).toString('base64'),
      bundle(blob) {
        const bytes = Buffer.from(blob);
        const sig = rawSign(bytes);
        const body = hashedRekord(bytes, sig, Buffer.from(certPem).toString('base64'));
        return {
          mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          verificationMaterial: { ...material, tlogEntries: [tlogEntry('hashedrekord', body)] },
          messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(bytes).digest('base64') },
            signature: sig.toString('base64'),
          },
        };
      },
      dsseBundle(statement) {
        const e = envelope(statement);
        const body = {
          apiVersion: '0.0.1',
          kind: 'dsse',
          spec: {
            payloadHash: { algorithm: 'sha256', value: createHash('sha256').update(e.payload).digest('hex') },
            signatures: [{ signature: e.sig.toString('base64'), verifier: Buffer.from(certPem).toString('base64') }],
          },
        };
        return {
          mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          verificationMaterial: { ...material, tlogEntries: [tlogEntry('dsse', body)] },
          dsseEnvelope: { payload: e.payload.toString('base64'), payloadType: e.type, signatures: [{ sig: e.sig.toString('base64'), keyid: '' }] },
        };
      },
      dsseEnvelope(statement) {
        const e = envelope(statement);
        return { payloadType: e.type, payload: e.payload.toString('base64'), signatures: [{ keyid: '', sig: e.sig.toString('base64'), cert: certPem }] };
      },
    };
  }

  return fake;
}

/** An in-toto statement about files (name → sha256 hex). */
export function inTotoStatement(subjects: Record<string, string>, predicateType: string, predicate: object): object {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: Object.entries(subjects).map(([name, sha256]) => ({ name, digest: { sha256 } })),
    predicateType,
    predicate,
  };
}

/** A SLSA v0.2 provenance predicate as slsa-github-generator writes it. */
export function slsaV02Predicate(repo: string, tag: string): object {
  return {
    builder: { id: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.0.0' },
    buildType: 'https://github.com/slsa-framework/slsa-github-generator/generic@v1',
    invocation: {
      configSource: { uri: `git+https://github.com/${repo}@refs/tags/${tag}`, digest: { sha1: 'a'.repeat(40) }, entryPoint: '.github/workflows/release.yml' },
    },
  };
}
