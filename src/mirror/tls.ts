import { X509Certificate as NodeX509, createPrivateKey, randomBytes, webcrypto } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
// @peculiar/x509 (via tsyringe) needs the Reflect metadata polyfill loaded first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { writeFileAtomic } from '../common/atomicFile.js';
import { AtmosError, errorMessage } from '../common/errors.js';
import { withFileLock } from '../common/fileLock.js';
import { silentLogger, type Logger } from '../common/logger.js';
import { tlsDir } from './layout.js';

/**
 * TLS for mirror mode (Terraform demands an https network mirror). A local CA signs a
 * short-lived loopback server certificate:
 *
 *   <root>/tls/ca.pem, ca.cer (DER, for certutil)  — the CA users trust once (`cache trust`)
 *   <root>/tls/ca-key.pem                          — 0600
 *   <root>/tls/server.pem, server-key.pem (0600)   — SANs 127.0.0.1, ::1, localhost
 *   <root>/tls/bundle.pem                          — system roots + our CA, for SSL_CERT_FILE (Linux)
 *
 * Why two certificates: the server certificate must stay under Apple's 398-day limit and
 * is renewed (< 30 days left) without touching the CA, so the one-time OS trust step
 * survives renewals. The CA carries a critical name constraint (loopback names only), so
 * even a leaked CA key cannot impersonate any real host. The directory is 0700 and the
 * CI cache never archives `tls/` (keys stay on the machine that made them).
 */
export const CA_COMMON_NAME = 'atmos-ts Terraform Registry Cache CA';
const CA_DAYS = 5 * 365;
const SERVER_DAYS = 390;
export const RENEW_BEFORE_MS = 30 * 24 * 3600_000;
const DAY_MS = 24 * 3600_000;

export interface TlsFiles {
  dir: string;
  caCert: string;
  caCertDer: string;
  caKey: string;
  serverCert: string;
  serverKey: string;
  bundle: string;
}

export interface TlsMaterial {
  files: TlsFiles;
  caPem: string;
  /** Server certificate chain (leaf + CA) and key, for `https.createServer`. */
  cert: string;
  key: string;
  /** Serial (hex, upper-case) and SHA-1 fingerprint (hex) of the CA: how OS trust stores name it. */
  caSerial: string;
  caSha1: string;
  /** What this call (re)generated. */
  generated: { ca: boolean; server: boolean };
}

export function tlsFiles(root: string): TlsFiles {
  const dir = tlsDir(root);
  return {
    dir,
    caCert: path.join(dir, 'ca.pem'),
    caCertDer: path.join(dir, 'ca.cer'),
    caKey: path.join(dir, 'ca-key.pem'),
    serverCert: path.join(dir, 'server.pem'),
    serverKey: path.join(dir, 'server-key.pem'),
    bundle: path.join(dir, 'bundle.pem'),
  };
}

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
type KeyPair = webcrypto.CryptoKeyPair;

/** Load the CA and server certificate, (re)generating what is missing, unreadable or close to expiry. */
export async function ensureTls(root: string, options: { now?: Date; logger?: Logger } = {}): Promise<TlsMaterial> {
  const files = tlsFiles(root);
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? new Date();
  await fs.mkdir(root, { recursive: true });
  await fs.mkdir(files.dir, { recursive: true, mode: 0o700 });
  await fs.chmod(files.dir, 0o700);
  try {
    return await withFileLock(files.caCert, async () => {
      const generated = { ca: false, server: false };
      let ca = await loadPair(files.caCert, files.caKey, now);
      if (!ca || !ca.cert.ca) {
        ca = await generateCa(now);
        await writePair(files.caCert, files.caKey, ca.certPem, ca.keyPem);
        await writeFileAtomic(files.caCertDer, Buffer.from(ca.cert.raw), { mode: 0o644 });
        generated.ca = true;
        logger.success(`Generated the Terraform registry cache CA (${files.caCert}); on macOS/Windows run \`atmos-ts terraform cache trust\` once`);
      }
      let server = generated.ca ? undefined : await loadPair(files.serverCert, files.serverKey, now);
      if (server && !server.cert.checkIssued(ca.cert)) server = undefined;
      if (!server) {
        server = await generateServer(ca, now);
        await writePair(files.serverCert, files.serverKey, server.certPem, server.keyPem);
        generated.server = true;
        logger.debug(`Generated the registry cache server certificate (${files.serverCert})`);
      }
      return {
        files,
        caPem: ca.certPem,
        cert: `${server.certPem.trimEnd()}\n${ca.certPem.trimEnd()}\n`,
        key: server.keyPem,
        caSerial: ca.cert.serialNumber.toUpperCase(),
        caSha1: sha1Hex(ca.cert),
        generated,
      };
    });
  } catch (err) {
    if (err instanceof AtmosError) throw err;
    throw new AtmosError(`cannot prepare the registry cache certificate in ${files.dir}`, {
      code: 'TLS_SETUP',
      explanation: errorMessage(err),
      hint: 'Check that the cache directory is writable (components.terraform.cache.location).',
      cause: err,
    });
  }
}

interface Pair {
  cert: NodeX509;
  certPem: string;
  keyPem: string;
  keys?: KeyPair;
}

/** A pair is usable when both files parse, the key matches and it is not within 30 days of expiry. */
async function loadPair(certFile: string, keyFile: string, now: Date): Promise<Pair | undefined> {
  try {
    const [certPem, keyPem] = await Promise.all([fs.readFile(certFile, 'utf8'), fs.readFile(keyFile, 'utf8')]);
    const cert = new NodeX509(certPem);
    if (!cert.checkPrivateKey(createPrivateKey(keyPem))) return undefined;
    if (new Date(cert.validTo).getTime() - now.getTime() < RENEW_BEFORE_MS) return undefined;
    if (new Date(cert.validFrom).getTime() > now.getTime()) return undefined;
    return { cert, certPem, keyPem };
  } catch {
    return undefined;
  }
}

async function writePair(certFile: string, keyFile: string, certPem: string, keyPem: string): Promise<void> {
  // Key first: a reader never finds a new certificate next to an old key.
  await writeFileAtomic(keyFile, keyPem, { mode: 0o600 });
  await writeFileAtomic(certFile, certPem, { mode: 0o644 });
}

function serial(): string {
  const b = randomBytes(16);
  b[0] = b[0]! & 0x7f; // positive INTEGER
  return b.toString('hex');
}

async function keyPem(keys: KeyPair): Promise<string> {
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return x509.PemConverter.encode(pkcs8, 'PRIVATE KEY');
}

async function generateCa(now: Date): Promise<Pair> {
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as KeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${CA_COMMON_NAME}, O=atmos-ts`,
    notBefore: new Date(now.getTime() - 3600_000),
    notAfter: new Date(now.getTime() + CA_DAYS * DAY_MS),
    signingAlgorithm: ALG,
    keys: keys as never,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true),
      new x509.Extension('2.5.29.30', true, loopbackNameConstraints()),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey as never),
    ],
  });
  const certPem = cert.toString('pem');
  return { cert: new NodeX509(certPem), certPem: `${certPem}\n`, keyPem: await keyPem(keys), keys };
}

async function generateServer(ca: Pair, now: Date): Promise<Pair> {
  const caKey = await webcrypto.subtle.importKey('pkcs8', x509.PemConverter.decodeFirst(ca.keyPem), ALG, false, ['sign']);
  const caCert = new x509.X509Certificate(ca.certPem);
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as KeyPair;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: 'CN=127.0.0.1',
    issuer: caCert.subject,
    notBefore: new Date(now.getTime() - 3600_000),
    notAfter: new Date(now.getTime() + SERVER_DAYS * DAY_MS),
    signingAlgorithm: ALG,
    publicKey: keys.publicKey as never,
    signingKey: caKey as never,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        { type: 'ip', value: '127.0.0.1' },
        { type: 'ip', value: '::1' },
        { type: 'dns', value: 'localhost' },
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(caCert),
    ],
  });
  const certPem = cert.toString('pem');
  return { cert: new NodeX509(certPem), certPem: `${certPem}\n`, keyPem: await keyPem(keys) };
}

/**
 * DER of NameConstraints { permittedSubtrees: dNSName localhost, iPAddress 127.0.0.1/32, ::1/128 }.
 * Fixed bytes built by hand because @peculiar/x509 has no class for this extension.
 */
export function loopbackNameConstraints(): ArrayBuffer {
  const tlv = (tag: number, body: Buffer) => Buffer.concat([Buffer.from([tag, body.length]), body]);
  const subtree = (name: Buffer) => tlv(0x30, name);
  const dns = subtree(tlv(0x82, Buffer.from('localhost', 'ascii')));
  const v4 = subtree(tlv(0x87, Buffer.from([127, 0, 0, 1, 255, 255, 255, 255])));
  const v6addr = Buffer.alloc(16);
  v6addr[15] = 1;
  const v6 = subtree(tlv(0x87, Buffer.concat([v6addr, Buffer.alloc(16, 0xff)])));
  const der = tlv(0x30, tlv(0xa0, Buffer.concat([dns, v4, v6])));
  return der.buffer.slice(der.byteOffset, der.byteOffset + der.length) as ArrayBuffer;
}

function sha1Hex(cert: NodeX509): string {
  return cert.fingerprint.replace(/:/g, '').toUpperCase();
}

/** Base bundles Go would read on Linux/BSD (`crypto/x509/root_linux.go`), first existing wins. */
export const SYSTEM_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem',
];

/**
 * Write `bundle.pem` = the system roots (the user's SSL_CERT_FILE, else the distribution
 * bundle) + our CA. Go's SSL_CERT_FILE *replaces* the default roots, so without the system
 * part the child would lose TLS to S3, GitHub, every registry. Returns undefined when no
 * system bundle exists (then SSL_CERT_FILE must not be set at all).
 */
export async function writeTrustBundle(
  material: Pick<TlsMaterial, 'files' | 'caPem'>,
  env: NodeJS.ProcessEnv,
  candidates: string[] = SYSTEM_BUNDLES,
): Promise<{ file: string; base: string } | undefined> {
  const own = path.resolve(material.files.bundle);
  const tries = [env.SSL_CERT_FILE, ...candidates].filter((f): f is string => Boolean(f) && path.resolve(f!) !== own);
  for (const base of tries) {
    let text: string;
    try {
      text = await fs.readFile(base, 'utf8');
    } catch {
      continue;
    }
    if (!text.includes('-----BEGIN CERTIFICATE-----')) continue;
    // A nested run may hand us a bundle that already ends with our CA: don't repeat it.
    const baseText = text.includes(material.caPem.trim()) ? text : `${text.trimEnd()}\n${material.caPem.trim()}\n`;
    await writeFileAtomic(material.files.bundle, `${baseText.trimEnd()}\n`, { mode: 0o644 });
    return { file: material.files.bundle, base };
  }
  return undefined;
}
