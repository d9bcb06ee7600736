import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ensureTls, RENEW_BEFORE_MS, tlsFiles, writeTrustBundle } from '../../src/mirror/tls.js';
import { tempDir } from '../support/tmp.js';

const DAY = 24 * 3600_000;

async function handshake(material: { cert: string; key: string; caPem: string }, host: string): Promise<string> {
  const server = https.createServer({ cert: material.cert, key: material.key }, (_req, res) => res.end('ok'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const port = (server.address() as AddressInfo).port;
    return await new Promise<string>((resolve, reject) => {
      https
        .get({ host, port, path: '/', ca: material.caPem, agent: false }, (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d));
          res.on('end', () => resolve(body));
        })
        .on('error', reject);
    });
  } finally {
    server.close();
  }
}

describe('registry cache TLS material', () => {
  it('generates a CA and a loopback server certificate that a client trusting only the CA accepts', async () => {
    const root = tempDir();
    const m = await ensureTls(root);
    assert.deepEqual(m.generated, { ca: true, server: true });
    assert.equal(await handshake(m, '127.0.0.1'), 'ok');
    assert.equal(await handshake(m, 'localhost'), 'ok');
    const leaf = new X509Certificate(readFileSync(tlsFiles(root).serverCert));
    assert.match(leaf.subjectAltName ?? '', /IP Address:127\.0\.0\.1/);
    assert.match(leaf.subjectAltName ?? '', /IP Address:0:0:0:0:0:0:0:1/);
    assert.match(leaf.subjectAltName ?? '', /DNS:localhost/);
    assert.equal(leaf.publicKey.asymmetricKeyDetails?.namedCurve, 'prime256v1');
    const ca = new X509Certificate(m.caPem);
    assert.equal(ca.ca, true);
    assert.ok(leaf.checkIssued(ca));
    // Apple rejects server certificates valid for more than 398 days.
    assert.ok(new Date(leaf.validTo).getTime() - new Date(leaf.validFrom).getTime() <= 398 * DAY);
  });

  it('keeps private keys 0600 and the tls directory 0700', async () => {
    const root = path.join(tempDir(), 'registry');
    await ensureTls(root);
    const f = tlsFiles(root);
    assert.equal(statSync(f.dir).mode & 0o777, 0o700);
    assert.equal(statSync(f.caKey).mode & 0o777, 0o600);
    assert.equal(statSync(f.serverKey).mode & 0o777, 0o600);
    assert.match(readFileSync(f.caKey, 'utf8'), /BEGIN PRIVATE KEY/);
    // The cache root itself keeps normal permissions (only tls/ is private).
    assert.notEqual(statSync(root).mode & 0o077, 0);
  });

  it('reuses valid material instead of regenerating it', async () => {
    const root = tempDir();
    const first = await ensureTls(root);
    const second = await ensureTls(root);
    assert.deepEqual(second.generated, { ca: false, server: false });
    assert.equal(second.caPem, first.caPem);
    assert.equal(second.cert, first.cert);
  });

  it('renews the server certificate within 30 days of expiry but keeps the CA (OS trust survives)', async () => {
    const root = tempDir();
    const first = await ensureTls(root);
    const leafEnd = new Date(new X509Certificate(first.cert).validTo).getTime();
    const later = await ensureTls(root, { now: new Date(leafEnd - RENEW_BEFORE_MS + DAY) });
    assert.deepEqual(later.generated, { ca: false, server: true });
    assert.equal(later.caPem, first.caPem);
    assert.notEqual(later.cert, first.cert);
  });

  it('renews the CA (and with it the server certificate) when the CA is close to expiry', async () => {
    const root = tempDir();
    const first = await ensureTls(root);
    const caEnd = new Date(new X509Certificate(first.caPem).validTo).getTime();
    const later = await ensureTls(root, { now: new Date(caEnd - DAY) });
    assert.deepEqual(later.generated, { ca: true, server: true });
    assert.notEqual(later.caPem, first.caPem);
  });

  it('regenerates when the key does not match the certificate', async () => {
    const root = tempDir();
    await ensureTls(root);
    const other = await ensureTls(tempDir());
    writeFileSync(tlsFiles(root).serverKey, other.key);
    const again = await ensureTls(root);
    assert.equal(again.generated.server, true);
    assert.equal(await handshake(again, '127.0.0.1'), 'ok');
  });

  it('constrains the CA to loopback names, so a leaked key cannot impersonate real hosts', async () => {
    const root = tempDir();
    const m = await ensureTls(root);
    const der = new X509Certificate(m.caPem).raw;
    // OID 2.5.29.30 (nameConstraints), critical.
    assert.ok(der.includes(Buffer.from([0x06, 0x03, 0x55, 0x1d, 0x1e, 0x01, 0x01, 0xff])));
  });
});

describe('SSL_CERT_FILE bundle for the terraform child (Linux)', () => {
  it('is the system bundle plus our CA, so public TLS keeps working', async () => {
    const root = tempDir();
    const m = await ensureTls(root);
    const system = path.join(tempDir(), 'system.pem');
    writeFileSync(system, '-----BEGIN CERTIFICATE-----\nSYSTEMROOT\n-----END CERTIFICATE-----\n');
    const bundle = await writeTrustBundle(m, {}, ['/nonexistent/bundle.crt', system]);
    assert.equal(bundle?.base, system);
    const text = readFileSync(bundle!.file, 'utf8');
    assert.ok(text.startsWith('-----BEGIN CERTIFICATE-----\nSYSTEMROOT'));
    assert.ok(text.includes(m.caPem.trim()));
  });

  it("prefers the user's SSL_CERT_FILE and never nests our own bundle", async () => {
    const root = tempDir();
    const m = await ensureTls(root);
    const mine = path.join(tempDir(), 'corp.pem');
    writeFileSync(mine, '-----BEGIN CERTIFICATE-----\nCORPROOT\n-----END CERTIFICATE-----\n');
    const first = await writeTrustBundle(m, { SSL_CERT_FILE: mine }, []);
    assert.equal(first?.base, mine);
    // A nested run sees SSL_CERT_FILE = our bundle: it must fall back, not include itself.
    const nested = await writeTrustBundle(m, { SSL_CERT_FILE: first!.file }, [mine]);
    assert.equal(nested?.base, mine);
    const text = readFileSync(nested!.file, 'utf8');
    assert.equal(text.split(m.caPem.trim()).length - 1, 1);
  });

  it('sets nothing when no system bundle exists (rather than dropping every public root)', async () => {
    const m = await ensureTls(tempDir());
    assert.equal(await writeTrustBundle(m, {}, ['/nonexistent/a.crt']), undefined);
  });
});
