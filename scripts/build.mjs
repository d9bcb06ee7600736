#!/usr/bin/env node
// Bundle the CLI and every action entry with @vercel/ncc into dist/<name>/index.js.
// `--check` rebuilds into a temp dir and fails when the committed dist/ differs.
// The CLI bundle gets the built-in Aqua registry index beside it (dist/cli/aqua-registry/).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

/** name → entry. Each action bundle serves both its main and post phase. */
export const entries = {
  cli: 'src/cli/index.ts',
  // Loaded by bin/atmos-ts.js before the CLI: answers warm toolchain commands from the stamp.
  // CommonJS, built by esbuild (ncc keeps ESM here): see ESBUILD_CJS below.
  'cli-fast': 'src/cli/fastEntry.ts',
  'setup-toolchain': 'src/actions/setup-toolchain/index.ts',
  cache: 'src/actions/cache/index.ts',
  'github-runtime': 'src/actions/github-runtime/index.ts',
  'tf-mirror': 'src/actions/tf-mirror/index.ts',
  action: 'src/actions/root/index.ts',
};

/**
 * Bundles built by esbuild as one CommonJS file (`<name>/index.cjs`) instead of ncc: the fast
 * entry must start without Node's ES module loader (~10 ms of CPU on every warm command).
 */
const ESBUILD_CJS = new Set(['cli-fast']);

async function buildCjs(entry, out) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(out, 'index.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${cmd} ${args.join(' ')} failed:\n${output}`))));
  });
}

async function exists(p) {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

async function buildAll(outRoot) {
  const names = Object.keys(entries).filter((n) => only.length === 0 || only.includes(n));
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  // Two at a time: ncc is CPU-bound and CI machines have two cores.
  const queue = [...names];
  const workers = Array.from({ length: 2 }, async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const entry = entries[name];
      if (!(await exists(path.join(root, entry)))) {
        console.log(`skip ${name}: ${entry} does not exist yet`);
        continue;
      }
      const out = path.join(outRoot, name);
      await fs.rm(out, { recursive: true, force: true });
      const started = Date.now();
      if (ESBUILD_CJS.has(name)) await buildCjs(entry, out);
      else await run(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022']);
      if (name === 'cli') await copyBuiltinRegistry(out);
      console.log(`built dist/${name}/index.${ESBUILD_CJS.has(name) ? 'cjs' : 'js'} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    }
  });
  await Promise.all(workers);
}

/**
 * The compiled index of registry/aqua/ (npm run registry:index) plus the snapshot's LICENSE and
 * source.json, into dist/cli/aqua-registry/ (src/toolchain/registry/builtinAqua.ts looks there).
 * A stale index fails the build instead of shipping definitions that are not the snapshot's.
 */
async function copyBuiltinRegistry(out) {
  const snapshot = path.join(root, 'registry', 'aqua');
  const index = JSON.parse(await fs.readFile(path.join(snapshot, 'index', 'index.json'), 'utf8'));
  const yamlSha = createHash('sha256')
    .update(await fs.readFile(path.join(snapshot, 'registry.yaml')))
    .digest('hex');
  if (index.sha256 !== yamlSha) throw new Error('registry/aqua/index/ is stale: run `npm run registry:index` and commit registry/aqua/');
  const dest = path.join(out, 'aqua-registry');
  await fs.mkdir(dest, { recursive: true });
  for (const f of ['index.json', 'packages.jsonl']) await fs.copyFile(path.join(snapshot, 'index', f), path.join(dest, f));
  for (const f of ['LICENSE', 'source.json']) await fs.copyFile(path.join(snapshot, f), path.join(dest, f));
}

async function listFiles(dir, base = dir) {
  const out = [];
  if (!(await exists(dir))) return out;
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p, base)));
    else out.push(path.relative(base, p));
  }
  return out.sort();
}

if (check) {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'atmos-ts-dist-'));
  await buildAll(tmp);
  const committed = await listFiles(path.join(root, 'dist'));
  const fresh = await listFiles(tmp);
  const problems = [];
  for (const f of new Set([...committed, ...fresh])) {
    const a = await fs.readFile(path.join(root, 'dist', f)).catch(() => null);
    const b = await fs.readFile(path.join(tmp, f)).catch(() => null);
    if (!a) problems.push(`missing in dist/: ${f}`);
    else if (!b) problems.push(`stale file in dist/: ${f}`);
    else if (!a.equals(b)) problems.push(`differs from a fresh build: dist/${f}`);
  }
  await fs.rm(tmp, { recursive: true, force: true });
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error('dist/ does not match the sources: run `npm run build` and commit dist/.');
    process.exit(1);
  }
  console.log('dist/ matches a fresh build');
} else {
  await buildAll(path.join(root, 'dist'));
}
