/** `.terraform.lock.hcl` as Terraform writes it: one `provider` block per provider with version and hashes. */

export interface LockedProvider {
  address: string;
  version: string;
  zh: string[];
}

/** Providers of a `.terraform.lock.hcl` (the generated form: one block per provider). */
export function parseTerraformLock(text: string): LockedProvider[] {
  const out: LockedProvider[] = [];
  for (const m of text.matchAll(/provider\s+"([^"]+)"\s*\{([\s\S]*?)\n\}/g)) {
    const version = /\bversion\s*=\s*"([^"]+)"/.exec(m[2]!)?.[1];
    if (!version) continue;
    const zh = [...m[2]!.matchAll(/"zh:([0-9a-f]{64})"/g)].map((h) => h[1]!);
    out.push({ address: m[1]!.toLowerCase(), version, zh });
  }
  return out;
}
