// Manual end-to-end check with a real terraform binary on PATH (not part of the test suite):
//   node --import tsx bench/mirror/realTerraform.ts [registry|mirror]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeRegistry, generateSigningKey } from '../../test/fakes/terraformRegistry.js';
import { makeModuleTarGz } from '../../test/mirror/setup.js';

const mode = process.argv[2] ?? 'registry';
const key = await generateSigningKey();
const tgz = await makeModuleTarGz('label');
const up = await new FakeRegistry('registry.terraform.io', {
  signingKey: key,
  providers: [{ ns: 'hashicorp', type: 'null', versions: [{ version: '3.2.4', platforms: [{ os: 'linux', arch: 'amd64' }, { os: 'darwin', arch: 'arm64' }] }] }],
  modules: [{ ns: 'cloudposse', name: 'label', system: 'null', versions: ['v0.25.0'], location: () => '/files/label.tar.gz', form: 'header' }],
}).start();
up.files.set('/files/label.tar.gz', { body: tgz, type: 'application/gzip' });
const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-'));
mkdirSync(path.join(dir, 'home'));
writeFileSync(path.join(dir, 'atmos.yaml'), `components:\n  terraform:\n    cache:\n      enabled: true\n      mode: ${mode}\n      upstreams:\n        registry.terraform.io: ${up.url}\n`);
writeFileSync(path.join(dir, 'main.tf'), `terraform {\n  required_providers {\n    null = { source = "hashicorp/null", version = "3.2.4" }\n  }\n}\nmodule "label" {\n  source = "cloudposse/label/null"\n  version = "0.25.0"\n}\n`);
const env = { PATH: process.env.PATH, HOME: path.join(dir, 'home'), ATMOS_XDG_CACHE_HOME: path.join(dir, 'cache'), CHECKPOINT_DISABLE: '1' };
for (const args of [['init', '-no-color'], ['providers', 'lock', '-platform=linux_amd64', '-platform=darwin_arm64', '-no-color']]) {
  if (mode === 'mirror' && args[0] === 'providers') continue;
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.resolve(import.meta.dirname, '../../src/cli/index.ts'), 'terraform', ...args], { cwd: dir, env });
  let so = '', se = '';
  child.stdout.on('data', (d) => (so += d)); child.stderr.on('data', (d) => (se += d));
  const status = await new Promise((r) => child.on('close', r));
  const r = { status, stdout: so, stderr: se };
  console.log(`--- terraform ${args.join(' ')} → ${r.status}\n${r.stdout}\n${r.stderr}`);
}
console.log(readFileSync(path.join(dir, '.terraform.lock.hcl'), 'utf8'));
console.log('upstream requests:', up.requests.length, up.requests.map((r) => r.path).join('\n'));
await up.close();
