// Manual look at a real terraform binary on PATH going through the registry cache, printing
// everything it says (the asserted version is test/e2e/realTerraform.test.ts):
//   node --import tsx bench/mirror/realTerraform.ts [registry|mirror]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { atmosTerraform, LOCK_PLATFORMS, startTerraformUpstreams, writeProject } from '../../test/e2e/realTerraform.js';

const mode = process.argv[2] === 'mirror' ? 'mirror' : 'registry';
const up = await startTerraformUpstreams();
const project = writeProject(mode, up.upstreams);
for (const args of [
  ['init', '-no-color'],
  ['providers', 'lock', ...LOCK_PLATFORMS.map((p) => `-platform=${p}`), '-no-color'],
]) {
  const r = await atmosTerraform(project, args);
  console.log(`--- terraform ${args.join(' ')} → ${r.code}\n${r.stdout}\n${r.stderr}`);
}
console.log(readFileSync(path.join(project.dir, '.terraform.lock.hcl'), 'utf8'));
console.log('upstream requests:', up.requestCount(), [...up.registry.requests, ...up.tofu.requests].map((r) => r.path).join('\n'));
await up.close();
