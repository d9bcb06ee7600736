import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildProgram } from '../../src/cli/main.js';
import { SHELLS, completionScript } from '../../src/cli/completion.js';
import { tempDir } from '../support/tmp.js';
import { runInProcess } from '../support/toolchainCli.js';

/** `atmos-ts completion bash|zsh|fish`: generated from the commander tree, valid for its shell. */
const program = () =>
  buildProgram(() => {
    throw new Error('no command runs here');
  });
const topLevel = program()
  .commands.map((c) => c.name())
  .filter((n) => n !== 'help');
const dir = tempDir('atmos-completion-');

function onPath(bin: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
}

test('the command prints each script and refuses an unknown shell', async () => {
  for (const shell of SHELLS) {
    const r = await runInProcess(['completion', shell], dir, {});
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, completionScript(shell, program()));
  }
  const bad = await runInProcess(['completion', 'tcsh'], dir, {});
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /value 'tcsh' is invalid for argument 'shell'\. Allowed choices are bash, zsh, fish/);
});

test('each script mentions every top-level command', () => {
  assert.ok(topLevel.length >= 6 && topLevel.includes('toolchain') && topLevel.includes('completion'));
  for (const shell of SHELLS) {
    const script = completionScript(shell, program());
    for (const name of topLevel) assert.match(script, new RegExp(`\\b${name}\\b`), `${shell}: ${name}`);
  }
});

/** Runs the bash function the way bash's completion does, for the words typed so far. */
function bashComplete(file: string, words: string[]): string[] {
  const quoted = words.map((w) => `'${w}'`).join(' ');
  const out = execFileSync(
    'bash',
    ['-c', `source '${file}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _atmos_ts; printf '%s\\n' "\${COMPREPLY[@]}"`],
    {
      encoding: 'utf8',
    },
  );
  return out.split('\n').filter(Boolean);
}

test('bash: valid syntax (bash -n), and it completes commands, flags and flag choices', () => {
  const file = path.join(dir, 'atmos-ts.bash');
  writeFileSync(file, completionScript('bash', program()));
  execFileSync('bash', ['-n', file]);
  assert.deepEqual(bashComplete(file, ['atmos-ts', 'tool']), ['toolchain']);
  assert.deepEqual(bashComplete(file, ['atmos-ts', '-q', 'toolchain', 'li']), ['list']);
  assert.deepEqual(bashComplete(file, ['atmos-ts', 'toolchain', 'list', '-f', '']), ['text', 'json', 'yaml']);
  assert.deepEqual(bashComplete(file, ['atmos-ts', 'toolchain', 'env', '--format', 'p']), ['powershell']);
  assert.deepEqual(bashComplete(file, ['atmos-ts', '--log-level', 'w']), ['warn']);
  assert.deepEqual(bashComplete(file, ['atmos-ts', 'terraform', 'cache', 'warm', '--pl']), ['--platform']);
  assert.deepEqual(bashComplete(file, ['atmos-ts', 'completion', 'f']), ['fish']);
  assert.deepEqual(bashComplete(file, ['atmos-ts', 'toolchain', 'list', '--out']), [], 'hidden deprecated flags are not offered');
});

test('zsh: #compdef header, one branch per command; valid syntax where zsh is installed', () => {
  const script = completionScript('zsh', program());
  assert.match(script, /^#compdef atmos-ts\n/);
  assert.match(script, /compdef _atmos-ts atmos-ts/);
  assert.match(script, /\('atmos-ts toolchain list'\)\n/);
  assert.match(script, /\(--format\|-f\) compadd -- 'text' 'json' 'yaml'; return ;;/);
  if (!onPath('zsh')) return;
  const file = path.join(dir, '_atmos-ts');
  writeFileSync(file, script);
  execFileSync('zsh', ['-n', file]);
  // Drive the function with stand-ins for the completion builtins: what would it offer?
  const offered = execFileSync(
    'zsh',
    [
      '-f',
      '-c',
      `compdef(){}; source '${file}'; _describe(){ print -l -- \${(P)\${@[-1]}} }; compadd(){ shift; print -l -- "$@" }; _files(){}; words=(atmos-ts toolchain list -f ''); CURRENT=5; _atmos-ts`,
    ],
    { encoding: 'utf8' },
  );
  assert.deepEqual(offered.split('\n').filter(Boolean), ['text', 'json', 'yaml']);
});

test('fish: one complete line per flag and subcommand; valid syntax and real completions where fish is installed', () => {
  const script = completionScript('fish', program());
  assert.match(script, /complete -c atmos-ts -n '__atmos_ts_at \\'atmos-ts\\'' -a 'toolchain'/);
  assert.match(script, /complete -c atmos-ts -n '__atmos_ts_at \\'atmos-ts toolchain list\\'' -s f -l format -x -a 'text json yaml'/);
  if (!onPath('fish')) return;
  const file = path.join(dir, 'atmos-ts.fish');
  writeFileSync(file, script);
  execFileSync('fish', ['--no-execute', file]);
  const offered = (line: string) =>
    execFileSync('fish', ['-c', `source '${file}'; complete -C '${line}'`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t')[0]);
  assert.deepEqual(offered('atmos-ts toolchain li'), ['list']);
  assert.deepEqual(offered('atmos-ts toolchain list -f ').sort(), ['json', 'text', 'yaml']);
});
