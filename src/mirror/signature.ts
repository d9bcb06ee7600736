/**
 * Verify a registry's detached GPG signature over SHA256SUMS — what Terraform itself checks in
 * registry mode. In mirror mode Terraform trusts the mirror's hashes, so the proxy must do this
 * check before it hands out `zh:` hashes taken from SHA256SUMS.
 */
export async function verifyDetachedSignature(data: Buffer, signature: Buffer, armoredKeys: string[]): Promise<boolean> {
  if (armoredKeys.length === 0) return false;
  // Loaded on first use: most runs never need it, and it is large.
  const openpgp = await import('openpgp');
  try {
    const verificationKeys = await Promise.all(armoredKeys.map((armoredKey) => openpgp.readKey({ armoredKey })));
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
