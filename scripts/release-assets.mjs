#!/usr/bin/env node
// Build the assets of a GitHub release into release/ (gitignored), the one script the release
// workflow and the tests run:
//   atmos-ts.mjs           the whole CLI in ONE ES module (esbuild, no code splitting): runs with
//                          `node atmos-ts.mjs` from any directory, no node_modules; `use:` installs it
//   atmos-ts-<v>.tgz       `npm pack` of this package (bin + dist/cli, README, LICENSE)
//   SHA256SUMS             `<sha256>  <name>` for both
//
// Usage: node scripts/release-assets.mjs [--out <dir>] [--tag vX.Y.Z]
//        node scripts/release-assets.mjs --verify-tag vX.Y.Z    (only check the versions)
//        <tag names on stdin> | node scripts/release-assets.mjs --major-tag vX.Y.Z
//                                  (prints vX when vX.Y.Z is the newest vX.*.* release, else nothing)
// With a tag, refuses to build unless tag = v + package.json version = v + src/version.ts VERSION.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { builtinModules } from 'node:module';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SINGLE_FILE = 'atmos-ts.mjs';
const SUMS = 'SHA256SUMS';
/** What the npm tarball may hold (paths inside it, under package/). */
const PACKED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^bin\/atmos-ts\.js$/,
  /^bin\/package\.json$/,
  /^dist\/cli\/[^/]+$/,
  /^dist\/cli\/aqua-registry\/[^/]+$/,
  /^dist\/cli-fast\/[^/]+$/,
];

class ReleaseError extends Error {}

function option(name) {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (!value || value.startsWith('--')) throw new ReleaseError(`${name} needs a value`);
  return value;
}

/** The version to release; with a tag, also checks that the tag names it. */
async function releaseVersion(tag) {
  const pkg = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8'));
  const versionTs = await fs.readFile(path.join(root, 'src', 'version.ts'), 'utf8');
  const inSource = /export const VERSION = '([^']+)'/.exec(versionTs)?.[1];
  if (inSource !== pkg.version) {
    throw new ReleaseError(
      `src/version.ts says VERSION = '${inSource}' but package.json says "version": "${pkg.version}"; make them equal (atmos-ts --version prints src/version.ts).`,
    );
  }
  if (!/^\d+\.\d+\.\d+$/.test(pkg.version)) {
    throw new ReleaseError(`package.json "version": "${pkg.version}" is not X.Y.Z; releases are tagged vX.Y.Z.`);
  }
  if (tag !== undefined && tag !== `v${pkg.version}`) {
    throw new ReleaseError(
      `tag ${tag} does not match package.json "version": "${pkg.version}"; refusing to release. ` +
        `Set the version in package.json and src/version.ts, commit, then tag v<version> (delete the wrong tag: git push --delete origin ${tag}).`,
    );
  }
  return pkg.version;
}

async function buildSingleFile(outfile) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src', 'cli', 'index.ts')],
    outfile,
    bundle: true,
    // One file: every dynamic import() of the CLI's lazily loaded commands is inlined.
    splitting: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    legalComments: 'eof',
    logLevel: 'warning',
    // Bundled CommonJS packages call require() for node built-ins; an ES module has none.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __atmosTsCreateRequire } from 'node:module';\nconst require = __atmosTsCreateRequire(import.meta.url);",
    },
  });
  // Anything left to import at run time must come with Node itself.
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  const output = Object.values(result.metafile.outputs)[0];
  // `node:` covers scheme-only built-ins (node:sqlite, used lazily by undici) missing from builtinModules.
  const foreign = output.imports.filter((i) => !builtins.has(i.path) && !i.path.startsWith('node:'));
  if (foreign.length) {
    throw new ReleaseError(`${SINGLE_FILE} still imports ${foreign.map((i) => i.path).join(', ')} at run time; it must be self-contained.`);
  }
}

/** The bundle must answer --version from a directory with nothing in it. */
async function smokeTest(file, version) {
  const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'atmos-ts-release-smoke-'));
  try {
    const { stdout } = await run(process.execPath, [file, '--version'], { cwd: empty, env: { PATH: process.env.PATH, HOME: empty } });
    if (stdout.trim() !== version) throw new ReleaseError(`node ${SINGLE_FILE} --version printed "${stdout.trim()}", expected ${version}`);
  } finally {
    await fs.rm(empty, { recursive: true, force: true });
  }
}

async function npmPack(out) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', out], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  const [info] = JSON.parse(stdout);
  const stray = info.files.map((f) => f.path).filter((p) => !PACKED.some((re) => re.test(p)));
  if (stray.length) throw new ReleaseError(`the npm tarball would hold files that do not run: ${stray.join(', ')}; fix "files" in package.json.`);
  const pkg = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8'));
  const deps = Object.keys(pkg.dependencies ?? {});
  if (deps.length) {
    // `npm install -g <tarball>` would fetch them; the CLI bundle already contains them.
    throw new ReleaseError(`package.json has runtime "dependencies" (${deps.join(', ')}); the CLI is bundled, so list them under "devDependencies".`);
  }
  return info.filename;
}

async function writeSums(out, names) {
  const lines = [];
  for (const name of [...names].sort()) {
    const digest = createHash('sha256')
      .update(await fs.readFile(path.join(out, name)))
      .digest('hex');
    lines.push(`${digest}  ${name}\n`);
  }
  const tmp = path.join(out, `.${SUMS}.tmp`);
  await fs.writeFile(tmp, lines.join(''));
  await fs.rename(tmp, path.join(out, SUMS));
  return lines;
}

const RELEASE_TAG = /^v(\d+)\.(\d+)\.(\d+)$/;

/**
 * The major tag to move to `tag` (`v1` for v1.4.2), or undefined when a newer v1.x.y exists:
 * releasing a fix of an older minor must not move `v1` backwards.
 */
function majorTagToMove(tag, existing) {
  const parse = (t) => RELEASE_TAG.exec(t)?.slice(1).map(Number);
  const mine = parse(tag);
  if (!mine) throw new ReleaseError(`${tag} is not a release tag vX.Y.Z`);
  const newer = existing.map(parse).some((v) => v && v[0] === mine[0] && (v[1] > mine[1] || (v[1] === mine[1] && v[2] > mine[2])));
  return newer ? undefined : `v${mine[0]}`;
}

async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  const majorOf = option('--major-tag');
  if (majorOf) {
    const major = majorTagToMove(majorOf, (await readStdin()).split(/\s+/).filter(Boolean));
    if (major) console.log(major);
    return;
  }
  const verifyOnly = option('--verify-tag');
  const tag = verifyOnly ?? option('--tag');
  const version = await releaseVersion(tag);
  if (verifyOnly) {
    console.log(`tag ${tag} matches package.json and src/version.ts (${version})`);
    return;
  }
  const defaultOut = path.join(root, 'release');
  const out = path.resolve(option('--out') ?? defaultOut);
  if (out === defaultOut) await fs.rm(out, { recursive: true, force: true });
  await fs.mkdir(out, { recursive: true });
  if ((await fs.readdir(out)).length) throw new ReleaseError(`${out} is not empty; give --out an empty directory.`);

  const started = Date.now();
  const single = path.join(out, SINGLE_FILE);
  await buildSingleFile(single);
  await fs.chmod(single, 0o755);
  await smokeTest(single, version);
  const tarball = await npmPack(out);
  const sums = await writeSums(out, [SINGLE_FILE, tarball]);
  for (const line of sums) {
    const name = line.trim().split(/\s+/)[1];
    const size = (await fs.stat(path.join(out, name))).size;
    console.log(`${path.relative(process.cwd(), path.join(out, name)) || name}  ${(size / 1024 / 1024).toFixed(1)} MB`);
  }
  console.log(`${path.relative(process.cwd(), path.join(out, SUMS))}\nrelease assets for ${version} built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

main().catch((err) => {
  console.error(err instanceof ReleaseError ? `release-assets: ${err.message}` : err);
  process.exit(1);
});
