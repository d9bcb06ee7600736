import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AtmosError } from '../../src/common/errors.js';
import { MemoryLogger } from '../support/memoryLogger.js';
import { ensureTls } from '../../src/mirror/tls.js';
import { installTrust, removeTrust, verifyTrust, type CommandRunner } from '../../src/mirror/trust.js';
import { tempDir } from '../support/tmp.js';

/** Records every OS command and answers with scripted exit codes (first match wins; default 0). */
function recorder(codes: [RegExp, number][] = []): { runner: CommandRunner; calls: string[] } {
  const calls: string[] = [];
  const runner: CommandRunner = async (file, args) => {
    const line = [file, ...args].join(' ');
    calls.push(line);
    const code = codes.find(([re]) => re.test(line))?.[1] ?? 0;
    return { code, stdout: '', stderr: code ? 'denied' : '' };
  };
  return { runner, calls };
}

describe('cache trust / untrust (OS trust store commands per platform)', async () => {
  const root = tempDir();
  const m = await ensureTls(root);
  const ctx = (platform: NodeJS.Platform, env: NodeJS.ProcessEnv, runner: CommandRunner) => ({
    platform,
    env,
    runner,
    logger: new MemoryLogger(),
    home: '/Users/me',
  });

  it('macOS interactive: adds the CA to the login keychain as an SSL trust root', async () => {
    const r = recorder();
    assert.equal(await installTrust(root, ctx('darwin', {}, r.runner)), 'installed');
    assert.deepEqual(r.calls, [`security add-trusted-cert -r trustRoot -p ssl -k /Users/me/Library/Keychains/login.keychain-db ${m.files.caCert}`]);
  });

  it('macOS on GitHub Actions: sudo into the System keychain', async () => {
    const r = recorder();
    await installTrust(root, ctx('darwin', { GITHUB_ACTIONS: 'true' }, r.runner));
    assert.deepEqual(r.calls, [`sudo security add-trusted-cert -d -r trustRoot -p ssl -k /Library/Keychains/System.keychain ${m.files.caCert}`]);
  });

  it('Windows interactive: certutil into the CurrentUser Root store (DER file)', async () => {
    const r = recorder();
    await installTrust(root, ctx('win32', {}, r.runner));
    assert.deepEqual(r.calls, [`certutil -user -f -addstore Root ${m.files.caCertDer}`]);
  });

  it('Windows on GitHub Actions: enterprise store, falling back to the user store when it fails', async () => {
    const r = recorder([[/-enterprise/, 1]]);
    await installTrust(root, ctx('win32', { GITHUB_ACTIONS: 'true' }, r.runner));
    assert.deepEqual(r.calls, [`certutil -enterprise -f -addstore Root ${m.files.caCertDer}`, `certutil -user -f -addstore Root ${m.files.caCertDer}`]);
  });

  it('Linux: nothing to run, says it is not required', async () => {
    const r = recorder();
    const logger = new MemoryLogger();
    assert.equal(await installTrust(root, { platform: 'linux', env: {}, runner: r.runner, logger }), 'not-required');
    assert.deepEqual(r.calls, []);
    assert.match(logger.records.map((x) => x.message).join('\n'), /Not required on this platform/);
  });

  it('a failing trust command surfaces its output in a TRUST_STORE error', async () => {
    const r = recorder([[/security/, 1]]);
    await assert.rejects(installTrust(root, ctx('darwin', {}, r.runner)), (err: unknown) => {
      assert.ok(err instanceof AtmosError);
      assert.equal(err.code, 'TRUST_STORE');
      assert.match(err.explanation ?? '', /denied/);
      return true;
    });
  });

  it('untrust removes the trust setting and the certificate (macOS) / deletes by serial (Windows)', async () => {
    const mac = recorder();
    await removeTrust(root, ctx('darwin', {}, mac.runner));
    assert.equal(mac.calls[0], `security remove-trusted-cert ${m.files.caCert}`);
    assert.equal(mac.calls[1], `security delete-certificate -Z ${m.caSha1} /Users/me/Library/Keychains/login.keychain-db`);
    const win = recorder();
    await removeTrust(root, ctx('win32', {}, win.runner));
    assert.deepEqual(win.calls, [`certutil -user -delstore Root ${m.caSerial}`]);
  });

  it('pre-flight: an untrusted CA on macOS fails with the `cache trust` hint', async () => {
    const r = recorder([[/verify-cert/, 1]]);
    await assert.rejects(verifyTrust(root, ctx('darwin', {}, r.runner)), (err: unknown) => {
      assert.ok(err instanceof AtmosError);
      assert.equal(err.code, 'CACHE_CERT_UNTRUSTED');
      assert.match(err.hint ?? '', /atmos-ts terraform cache trust/);
      return true;
    });
    assert.deepEqual(r.calls, [`security verify-cert -c ${m.files.serverCert} -p ssl -s 127.0.0.1`]);
  });

  it('pre-flight on Windows passes when any Root store (user, enterprise, machine) has the CA', async () => {
    const r = recorder([[/-user -verifystore/, 1]]);
    await verifyTrust(root, ctx('win32', {}, r.runner));
    assert.deepEqual(r.calls, [`certutil -user -verifystore Root ${m.caSerial}`, `certutil -enterprise -verifystore Root ${m.caSerial}`]);
    const none = recorder([[/verifystore/, 1]]);
    await assert.rejects(verifyTrust(root, ctx('win32', {}, none.runner)), /not trusted/);
  });

  it('pre-flight runs nothing on Linux', async () => {
    const r = recorder([[/./, 1]]);
    await verifyTrust(root, ctx('linux', {}, r.runner));
    assert.deepEqual(r.calls, []);
  });

  it('trust before any CA exists explains how to create one', async () => {
    await assert.rejects(
      installTrust(tempDir(), ctx('darwin', {}, recorder().runner)),
      (err: unknown) => err instanceof AtmosError && err.code === 'CA_MISSING',
    );
  });
});
