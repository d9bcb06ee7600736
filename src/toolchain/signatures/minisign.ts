/**
 * minisign (https://jedisct1.github.io/minisign/) with Node's Ed25519: the public key is
 * `base64("Ed" ‖ key id(8) ‖ key(32))`; a `.minisig` file is
 *
 *   untrusted comment: …
 *   base64(alg(2) ‖ key id(8) ‖ signature(64))      alg "Ed" = over the file, "ED" = over its BLAKE2b-512
 *   trusted comment: …
 *   base64(global signature(64))                     over signature ‖ trusted comment
 *
 * Both signatures must verify, so the trusted comment cannot be swapped either.
 */
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { SignatureCheckFailure } from './sigstore.js';

export interface MinisignKey {
  keyId: Buffer;
  key: KeyObject;
}

export function parseMinisignPublicKey(text: string): MinisignKey {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('untrusted comment:'));
  const raw = Buffer.from(lines[lines.length - 1]?.trim() ?? '', 'base64');
  if (raw.length !== 42 || raw.subarray(0, 2).toString('latin1') !== 'Ed') {
    throw new SignatureCheckFailure('the minisign public key is not base64 of "Ed" + key id + 32-byte Ed25519 key', 'format');
  }
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.subarray(10).toString('base64url') }, format: 'jwk' });
  return { keyId: raw.subarray(2, 10), key };
}

/** Key id as minisign prints it (hex, byte order reversed). */
export function minisignKeyId(id: Buffer): string {
  return Buffer.from(id).reverse().toString('hex').toUpperCase();
}

/** Verify; returns the trusted comment. */
export function verifyMinisign(publicKey: MinisignKey, signatureText: string, message: Buffer): { trustedComment: string } {
  const lines = signatureText.replace(/\r\n/g, '\n').split('\n');
  if (lines.length < 4 || !lines[0].startsWith('untrusted comment:') || !lines[2].startsWith('trusted comment: ')) {
    throw new SignatureCheckFailure('not a minisign signature file (untrusted comment, signature, trusted comment, global signature)', 'format');
  }
  const sig = Buffer.from(lines[1].trim(), 'base64');
  const global = Buffer.from(lines[3].trim(), 'base64');
  const alg = sig.subarray(0, 2).toString('latin1');
  if (sig.length !== 74 || (alg !== 'Ed' && alg !== 'ED') || global.length !== 64) {
    throw new SignatureCheckFailure('the minisign signature lines have the wrong length or algorithm', 'format');
  }
  const keyId = sig.subarray(2, 10);
  if (!keyId.equals(publicKey.keyId)) {
    throw new SignatureCheckFailure(`signed with key ${minisignKeyId(keyId)}, expected key ${minisignKeyId(publicKey.keyId)}`, 'certificate');
  }
  const signed = alg === 'ED' ? createHash('blake2b512').update(message).digest() : message;
  const signature = sig.subarray(10);
  if (!verify(null, signed, publicKey.key, signature)) throw new SignatureCheckFailure('the signature does not match these bytes', 'signature');
  const trustedComment = lines[2].slice('trusted comment: '.length);
  if (!verify(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), publicKey.key, global)) {
    throw new SignatureCheckFailure('the trusted comment does not match its global signature', 'signature');
  }
  return { trustedComment };
}
