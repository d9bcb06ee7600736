import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../support/tmp.js';
import { makeRepo, runCli } from '../support/cacheCli.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const noCi = { GITHUB_ACTIONS: undefined, CI: undefined, GITHUB_RUN_ID: undefined, ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined };
const BIG = 'big/blob.bin';
const SIZE = 96 * 1024 * 1024;

function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(noCi)) delete env[k];
  return env;
}

/** Every file named like the big one anywhere under the root (final path or staging), with its size. */
function partialCopies(root: string): number[] {
  let names: string[];
  try {
    names = readdirSync(root, { recursive: true }) as string[];
  } catch {
    return [];
  }
  const sizes: number[] = [];
  for (const n of names) {
    if (path.basename(n) !== 'blob.bin') continue;
    try {
      sizes.push(statSync(path.join(root, n)).size);
    } catch {
      /* renamed away between the listing and the stat */
    }
  }
  return sizes;
}

/**
 * Run `ci cache restore` in a real child process and SIGKILL it as soon as the big file is
 * being written (somewhere under the root) but not complete. Resolves whether the kill
 * landed mid-restore (the child may also finish first).
 */
function restoreAndKill(args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli/index.ts'), ...args], {
      cwd: repoRoot,
      env: childEnv(),
      stdio: 'ignore',
    });
    const root = args[args.indexOf('--root') + 1];
    let killed = false;
    const timer = setInterval(() => {
      if (partialCopies(root).some((s) => s > 0 && s < SIZE)) {
        killed = child.kill('SIGKILL');
        clearInterval(timer);
      }
    }, 1);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      resolve(killed && signal === 'SIGKILL');
    });
  });
}

describe('dir restore is atomic per path', () => {
  it('a restore killed mid-way never leaves a truncated file at the final path, and the next restore completes it', async () => {
    const work = tempDir('atmos-ts-cache-kill-');
    const repo = makeRepo(path.join(work, 'repo'), `backend: dir\ndir: ${path.join(work, 'shared')}`);
    const source = path.join(work, 'source');
    mkdirSync(path.join(source, 'big'), { recursive: true });
    // Random bytes: zstd cannot shrink them, so extraction takes long enough to be caught.
    const content = randomBytes(SIZE);
    writeFileSync(path.join(source, BIG), content);
    const digest = createHash('sha256').update(content).digest('hex');
    const cfg = ['--config', path.join(repo, 'atmos.yaml'), 'ci', 'cache'];
    const saved = await runCli([...cfg, 'save', '--root', source, '--key', 'big'], noCi);
    assert.equal(saved.code, 0, saved.stderr);

    const root = path.join(work, 'restored');
    let landed = 0;
    for (let attempt = 0; attempt < 10 && landed < 2; attempt++) {
      rmSync(root, { recursive: true, force: true });
      if (!(await restoreAndKill([...cfg, 'restore', '--root', root, '--key', 'big']))) continue;
      landed++;
      const final = path.join(root, BIG);
      if (existsSync(final)) {
        assert.equal(statSync(final).size, SIZE, 'a file at the final path is complete');
        assert.equal(createHash('sha256').update(readFileSync(final)).digest('hex'), digest);
      }
    }
    assert.ok(landed > 0, 'a kill landed while the big file was being written');

    // The next restore (same host, the killed process is gone) completes it and clears the staging.
    const again = await runCli([...cfg, 'restore', '--root', root, '--key', 'big'], noCi);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(
      createHash('sha256')
        .update(readFileSync(path.join(root, BIG)))
        .digest('hex'),
      digest,
    );
    const staging = path.join(root, '.atmos-ts', 'restore');
    assert.deepEqual(existsSync(staging) ? readdirSync(staging) : [], [], 'no staged leftovers');
  });
});
