import { readFileSync } from 'node:fs';
import { TerraformClient } from '../test/support/terraformClient.js';

/**
 * A Terraform-like client: what `terraform init` does with TF_CLI_CONFIG_FILE — find the
 * `providers.v1` service of a registry host's `host` block, then install a provider with
 * every check Terraform makes (SHA256SUMS, GPG signature, zip checksum).
 */
export function providersBaseFrom(cliConfigFile: string, host = 'registry.terraform.io'): string {
  const text = readFileSync(cliConfigFile, 'utf8');
  const at = text.indexOf(`host "${host}"`);
  const m = at >= 0 ? /"providers\.v1"\s*=\s*"([^"]+)"/.exec(text.slice(at)) : null;
  if (!m) throw new Error(`no providers.v1 service for ${host} in ${cliConfigFile}`);
  return m[1];
}

export async function terraformInit(
  cliConfigFile: string,
  providers: { ns: string; type: string }[],
  platform = { os: 'linux', arch: 'amd64' },
): Promise<{ provider: string; version: string; bytes: number }[]> {
  const base = providersBaseFrom(cliConfigFile);
  const client = new TerraformClient();
  try {
    const out = [];
    for (const p of providers) {
      const r = await client.installProviderRegistry(base, p.ns, p.type, platform);
      if (!r.signatureValid) throw new Error(`${p.ns}/${p.type}: signature did not verify`);
      out.push({ provider: `${p.ns}/${p.type}`, version: r.version, bytes: r.zip.length });
    }
    return out;
  } finally {
    await client.close();
  }
}
