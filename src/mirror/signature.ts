/**
 * Verify a registry's detached GPG signature over SHA256SUMS — what Terraform itself checks in
 * registry mode. In mirror mode Terraform trusts the mirror's hashes, so the proxy must do this
 * check before it hands out `zh:` hashes taken from SHA256SUMS.
 */
type OpenPgp = typeof import('openpgp');
type Key = Awaited<ReturnType<OpenPgp['readKey']>>;

let openpgpModule: Promise<OpenPgp> | undefined;
/** Parsed signing keys by their armored text: a bundle or a warm run checks many SHA256SUMS signed by one key. */
const parsedKeys = new Map<string, Promise<Key>>();
const PARSED_KEYS_MAX = 64;

function readKey(openpgp: OpenPgp, armoredKey: string): Promise<Key> {
  let key = parsedKeys.get(armoredKey);
  if (!key) {
    if (parsedKeys.size >= PARSED_KEYS_MAX) parsedKeys.clear();
    key = openpgp.readKey({ armoredKey });
    // A key that does not parse is not kept (nor reported here: the caller's await sees it).
    key.catch(() => parsedKeys.delete(armoredKey));
    parsedKeys.set(armoredKey, key);
  }
  return key;
}

export async function verifyDetachedSignature(data: Buffer, signature: Buffer, armoredKeys: string[]): Promise<boolean> {
  if (armoredKeys.length === 0) return false;
  // Loaded on first use (most runs never need it, and it is large), then once: each dynamic
  // import() is a loader round trip, which cost more than a signature check.
  const openpgp = await (openpgpModule ??= import('openpgp'));
  try {
    const verificationKeys = await Promise.all(armoredKeys.map((armoredKey) => readKey(openpgp, armoredKey)));
    const result = await openpgp.verify({
      message: await openpgp.createMessage({ binary: data }),
      signature: await openpgp.readSignature({ binarySignature: signature }),
      verificationKeys,
    });
    for (const s of result.signatures) {
      try {
        await s.verified;
        return true;
      } catch {
        // Try the next signature packet.
      }
    }
    return false;
  } catch {
    // Unreadable key or signature: not verified.
    return false;
  }
}
