import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { exitCodeFor } from '../../src/toolchain/exec.js';
import { finished, startCliProject } from '../support/toolchainCli.js';

/** `toolchain exec` runs as a real child process here: exit codes and signals are the point. */
const p = await startCliProject();

test('exec auto-installs a missing tool (saying so on stderr), passes stdout/stderr through and propagates exit code 3', async () => {
  p.writeToolVersions('acme/exiter 1.0.0\n');
  const bin = path.join(p.installRoot, 'bin', 'acme', 'exiter', '1.0.0', 'exiter');
  assert.ok(!existsSync(bin));
  const r = await finished(p.spawnCli(['toolchain', 'exec', 'exiter', '--', '3']));
  assert.equal(r.code, 3, r.stderr);
  assert.equal(r.stdout, 'out:3\n', "the tool's stdout, and nothing else");
  assert.match(r.stderr, /exiter 1\.0\.0 is not installed; installing/);
  assert.match(r.stderr, /err:3\n/);
  assert.ok(existsSync(bin));

  // Installed now: the second run says nothing of its own, and `run` is the same command.
  const again = await finished(p.spawnCli(['toolchain', 'run', 'acme/exiter@1.0.0', '0']));
  assert.equal(again.code, 0);
  assert.equal(again.stdout, 'out:0\n');
  assert.equal(again.stderr, 'err:0\n');
});

test('a tool that is killed by SIGTERM makes exec end non-zero, by the same signal', async () => {
  p.writeToolVersions('acme/exiter 1.0.0\n');
  const r = await finished(p.spawnCli(['toolchain', 'exec', 'exiter', 'term']));
  assert.ok(r.signal === 'SIGTERM' || r.code === 143, `code=${r.code} signal=${r.signal} ${r.stderr}`);
  assert.equal(r.stdout, '');
});

test('exec passes flags after the tool to the tool, not to atmos-ts', async () => {
  p.writeToolVersions('hello 1.0.0\n');
  const r = await finished(p.spawnCli(['toolchain', 'exec', 'hello', '--version', '-v', '--', 'x']));
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'hello 1.0.0 --version -v -- x\n');
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`${signal} sent to exec reaches the tool, and exec then ends by the same signal`, async () => {
    p.writeToolVersions('acme/sleeper 1.0.0\n');
    // stdin is not a terminal here (as in CI), so SIGINT is forwarded too.
    const child = p.spawnCli(['toolchain', 'exec', 'sleeper']);
    // 'exit' (not 'close'): a tool that outlived exec would keep the pipes open.
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    const toolPid = await new Promise<number>((resolve) => {
      let seen = '';
      child.stdout!.on('data', (d) => {
        seen += d;
        const m = /ready (\d+)\n/.exec(seen);
        if (m) resolve(Number(m[1]));
      });
    });
    child.kill(signal);
    const r = await exited;
    let toolAlive = true;
    try {
      process.kill(toolPid, 0);
    } catch {
      toolAlive = false;
    }
    if (toolAlive) process.kill(toolPid, 'SIGKILL');
    // exec waits for the tool before ending, so the forwarded signal has already killed it.
    assert.equal(toolAlive, false, 'the tool outlived exec');
    // Re-raised on itself: the parent sees "killed by SIG…" (or 128+N where it cannot re-raise).
    assert.ok(r.signal === signal || r.code === 128 + os.constants.signals[signal], `code=${r.code} signal=${r.signal}`);
    assert.notEqual(r.code, 0);
  });
}

test('exit codes follow the shell convention for signals', () => {
  assert.equal(exitCodeFor({ code: 3, signal: null }), 3);
  assert.equal(exitCodeFor({ code: null, signal: 'SIGTERM' }), 143);
  assert.equal(exitCodeFor({ code: null, signal: 'SIGINT' }), 130);
});
