/**
 * The built-in Aqua registry snapshot (`registry/aqua/`, see its README.md):
 *
 *   node --import tsx scripts/aqua-registry.ts index    compile registry.yaml into index/ (npm run registry:index)
 *   node --import tsx scripts/aqua-registry.ts check    fail when index/ is not compiled from registry.yaml
 *   node --import tsx scripts/aqua-registry.ts update [ref]
 *        move the snapshot to a commit of aquaproj/aqua-registry (default: the tip of main):
 *        registry.yaml and LICENSE from that commit, source.json, index/, and the default `ref`
 *        of the standard registry in src/toolchain/registry/aquaRegistry.ts (npm run registry:update;
 *        the scheduled workflow .github/workflows/registry-update.yml opens a PR with the result).
 *
 * `update` talks to GitHub (api.github.com, raw.githubusercontent.com; GITHUB_TOKEN is used
 * when set); `index` and `check` work offline. Summary lines go to stdout (the workflow puts
 * them in the PR body).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../src/common/atomicFile.js';
import { compileIndex, INDEX_FILE, PACKAGES_FILE, type IndexFile } from '../src/toolchain/registry/aquaIndex.js';
import { parseRegistryYaml } from '../src/toolchain/registry/registryYaml.js';

const root = path.resolve(import.meta.dirname, '..');
const snapshot = path.join(root, 'registry', 'aqua');
const indexDir = path.join(snapshot, 'index');
const registryFile = path.join(snapshot, 'registry.yaml');
const sourceFile = path.join(snapshot, 'source.json');
const refConstantFile = path.join(root, 'src', 'toolchain', 'registry', 'aquaRegistry.ts');

interface SourceInfo {
  repository: string;
  commit: string;
  committedAt: string;
  subject: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

async function readSource(): Promise<SourceInfo> {
  return JSON.parse(await fs.readFile(sourceFile, 'utf8')) as SourceInfo;
}

/** registry.yaml + source.json → index/ (deterministic: the same snapshot gives the same bytes). */
async function compile(): Promise<IndexFile> {
  const text = await fs.readFile(registryFile, 'utf8');
  const source = await readSource();
  const { index, packagesJsonl } = compileIndex(sha256(text), parseRegistryYaml(text, registryFile), { repository: source.repository, commit: source.commit });
  await writeFileAtomic(path.join(indexDir, PACKAGES_FILE), packagesJsonl);
  await writeFileAtomic(path.join(indexDir, INDEX_FILE), `${JSON.stringify(index)}\n`);
  return index;
}

/** Why index/ does not belong to registry.yaml + source.json, or undefined when it does (a hash check, no YAML parse). */
export async function staleness(): Promise<string | undefined> {
  let index: IndexFile;
  try {
    index = JSON.parse(await fs.readFile(path.join(indexDir, INDEX_FILE), 'utf8')) as IndexFile;
  } catch {
    return `${path.relative(root, indexDir)}/${INDEX_FILE} is missing or unreadable`;
  }
  const source = await readSource();
  if (index.sha256 !== sha256(await fs.readFile(registryFile))) return 'registry/aqua/registry.yaml changed since the index was compiled';
  if (index.source?.commit !== source.commit) return 'registry/aqua/source.json names another commit than the index';
  const refs = /STANDARD_REGISTRY_REF = '([0-9a-f]{40})'/.exec(await fs.readFile(refConstantFile, 'utf8'));
  if (refs?.[1] !== source.commit) return `STANDARD_REGISTRY_REF in ${path.relative(root, refConstantFile)} is not the snapshot's commit`;
  return undefined;
}

async function github(url: string): Promise<Response> {
  const token = process.env.GITHUB_TOKEN;
  const res = await fetch(url, { headers: { 'user-agent': 'atmos-ts registry update', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status} ${await res.text().then((t) => t.slice(0, 300))}`);
  return res;
}

async function update(ref: string): Promise<void> {
  const before = await readSource();
  const repo = before.repository;
  const commit = (await (await github(`https://api.github.com/repos/${repo}/commits/${encodeURIComponent(ref)}`)).json()) as {
    sha: string;
    commit: { message: string; committer: { date: string } };
  };
  if (commit.sha === before.commit) {
    console.log(`registry/aqua is already at ${repo}@${commit.sha.slice(0, 7)}`);
    return;
  }
  const raw = (file: string) => `https://raw.githubusercontent.com/${repo}/${commit.sha}/${file}`;
  const registryText = await (await github(raw('registry.yaml'))).text();
  const license = await (await github(raw('LICENSE'))).text();
  // Refuse a registry this version cannot read before touching anything.
  const packages = parseRegistryYaml(registryText, raw('registry.yaml'));
  const oldCount = parseRegistryYaml(await fs.readFile(registryFile, 'utf8'), registryFile).length;
  await writeFileAtomic(registryFile, registryText);
  await writeFileAtomic(path.join(snapshot, 'LICENSE'), license);
  const info: SourceInfo = {
    repository: repo,
    commit: commit.sha,
    committedAt: commit.commit.committer.date.slice(0, 10),
    subject: commit.commit.message.split('\n')[0],
  };
  await writeFileAtomic(sourceFile, `${JSON.stringify(info, null, 2)}\n`);
  const constants = await fs.readFile(refConstantFile, 'utf8');
  await writeFileAtomic(refConstantFile, constants.replace(/STANDARD_REGISTRY_REF = '[0-9a-f]{40}'/, `STANDARD_REGISTRY_REF = '${commit.sha}'`));
  await compile();
  console.log(`Built-in Aqua registry: ${repo}@${before.commit.slice(0, 7)} → ${commit.sha.slice(0, 7)} (${info.committedAt}, "${info.subject}")`);
  console.log(`Packages: ${oldCount} → ${packages.length}`);
  console.log(`Compare: https://github.com/${repo}/compare/${before.commit}...${commit.sha}`);
}

const [command, arg] = process.argv.slice(2);
if (command === 'index') {
  const index = await compile();
  console.log(`compiled ${index.entries.length} packages into ${path.relative(root, indexDir)}/`);
} else if (command === 'check') {
  const why = await staleness();
  if (why) {
    console.error(`${why}: run \`npm run registry:index\` (or \`npm run registry:update\`) and commit registry/aqua/.`);
    process.exit(1);
  }
  console.log('registry/aqua/index matches registry/aqua/registry.yaml');
} else if (command === 'update') {
  await update(arg ?? 'main');
} else {
  console.error('usage: node --import tsx scripts/aqua-registry.ts index | check | update [ref]');
  process.exit(2);
}
