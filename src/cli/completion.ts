/**
 * `atmos-ts completion bash|zsh|fish`: a completion script generated from the commander
 * tree, so it can never list a command or flag the CLI does not have. Each script finds
 * the command path typed so far (the words that name known subcommands, e.g.
 * `atmos-ts toolchain install`) and offers that command's subcommands, its flags, or a
 * flag's choices. Custom commands from atmos.yaml are not included (they depend on the
 * directory the shell is in).
 */

import { Argument, type Command } from 'commander';
import { allCommands, commandTree, type CommandInfo, type OptionInfo } from './commandTree.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const key = (c: CommandInfo) => ['atmos-ts', ...c.path].join(' ');
const flagsOf = (o: OptionInfo) => [o.long, o.short].filter((f): f is string => Boolean(f));
/** One line, for a menu. */
const summary = (text: string) => text.split('\n')[0].replace(/\s+/g, ' ').trim().slice(0, 80);
/** Words for the next positional: the subcommands, else the first argument's choices. */
const nextWords = (c: CommandInfo): { name: string; description: string }[] =>
  c.subcommands.length ? c.subcommands : (c.arguments[0]?.choices ?? []).map((name) => ({ name, description: c.arguments[0].description }));
const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function paths(commands: CommandInfo[]): string {
  return commands
    .filter((c) => c.path.length > 0)
    .map((c) => sq(key(c)))
    .join('|');
}

function bash(root: CommandInfo): string {
  const commands = allCommands(root);
  const branches = commands.map((c) => {
    const valued = c.options.filter((o) => o.takesValue);
    const prev = valued.map(
      (o) => `        ${flagsOf(o).join('|')}) ${o.choices ? `COMPREPLY=($(compgen -W ${sq(o.choices.join(' '))} -- "$cur")); ` : ''}return ;;`,
    );
    const opts = c.options.flatMap(flagsOf).join(' ');
    const subs = nextWords(c)
      .map((s) => s.name)
      .join(' ');
    return [`    ${sq(key(c))})`, ...(prev.length ? ['      case "$prev" in', ...prev, '      esac'] : []), `      opts=${sq(opts)}; subs=${sq(subs)} ;;`].join(
      '\n',
    );
  });
  return `# atmos-ts completion for bash, generated from the CLI's commands by \`atmos-ts completion bash\`.
# Load it with: source <(atmos-ts completion bash)   (or save it in /etc/bash_completion.d/atmos-ts)
_atmos_ts() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd=atmos-ts w i opts subs
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    case "$cmd $w" in
      ${paths(commands)}) cmd="$cmd $w" ;;
    esac
  done
  case "$cmd" in
${branches.join('\n')}
    *) return ;;
  esac
  # Empty COMPREPLY falls back to file names (complete -o default).
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [[ -n "$subs" ]]; then
    COMPREPLY=($(compgen -W "$subs" -- "$cur"))
  fi
}
complete -o default -F _atmos_ts atmos-ts
`;
}

function zsh(root: CommandInfo): string {
  const commands = allCommands(root);
  const entry = (name: string, description: string) => sq(`${name.replace(/:/g, '\\:')}:${summary(description)}`);
  const branches = commands.map((c) => {
    const valued = c.options.filter((o) => o.takesValue);
    const prev = valued.map((o) => `        (${flagsOf(o).join('|')}) ${o.choices ? `compadd -- ${o.choices.map(sq).join(' ')}` : '_files'}; return ;;`);
    const opts = c.options.flatMap((o) => flagsOf(o).map((f) => entry(f, o.description)));
    const subs = nextWords(c).map((s) => entry(s.name, s.description));
    return [
      `    (${sq(key(c))})`,
      ...(prev.length ? ['      case "$prev" in', ...prev, '      esac'] : []),
      `      opts=(${opts.join(' ')})`,
      `      subs=(${subs.join(' ')}) ;;`,
    ].join('\n');
  });
  return `#compdef atmos-ts
# atmos-ts completion for zsh, generated from the CLI's commands by \`atmos-ts completion zsh\`.
# Load it with: source <(atmos-ts completion zsh)   (after compinit), or save it as _atmos-ts in a directory on $fpath
_atmos-ts() {
  local cur=\${words[CURRENT]} prev=\${words[CURRENT-1]} cmd=atmos-ts w i
  local -a opts subs
  for ((i = 2; i < CURRENT; i++)); do
    w=\${words[i]}
    case "$cmd $w" in
      (${paths(commands)}) cmd="$cmd $w" ;;
    esac
  done
  case "$cmd" in
${branches.join('\n')}
    (*) _files; return ;;
  esac
  if [[ $cur == -* ]]; then
    _describe -t options option opts
  elif (( \${#subs} )); then
    _describe -t commands command subs
  else
    _files
  fi
}
if [[ "\${funcstack[1]}" == _atmos-ts ]]; then _atmos-ts "$@"; else compdef _atmos-ts atmos-ts; fi
`;
}

function fish(root: CommandInfo): string {
  const commands = allCommands(root);
  const fq = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const lines: string[] = [];
  for (const c of commands) {
    const at = `-n ${fq(`__atmos_ts_at ${fq(key(c))}`)}`;
    for (const s of nextWords(c)) lines.push(`complete -c atmos-ts ${at} -a ${fq(s.name)} -d ${fq(summary(s.description))}`);
    for (const o of c.options) {
      const names = [o.short ? `-s ${o.short.slice(1)}` : '', o.long ? `-l ${o.long.slice(2)}` : ''].filter(Boolean).join(' ');
      const value = !o.takesValue ? '' : o.choices ? ` -x -a ${fq(o.choices.join(' '))}` : ' -r -F';
      lines.push(`complete -c atmos-ts ${at} ${names}${value} -d ${fq(summary(o.description))}`);
    }
  }
  const known = commands.filter((c) => c.path.length > 0).map((c) => fq(key(c)));
  return `# atmos-ts completion for fish, generated from the CLI's commands by \`atmos-ts completion fish\`.
# Load it with: atmos-ts completion fish | source   (or save it as ~/.config/fish/completions/atmos-ts.fish)
function __atmos_ts_cmd
    set -l known ${known.join(' ')}
    set -l cmd atmos-ts
    set -l typed (commandline -opc)
    set -e typed[1]
    for w in $typed
        if contains -- "$cmd $w" $known
            set cmd "$cmd $w"
        end
    end
    echo $cmd
end
function __atmos_ts_at
    test (__atmos_ts_cmd) = "$argv[1]"
end
complete -c atmos-ts -f
${lines.join('\n')}
`;
}

export function completionScript(shell: Shell, program: Command): string {
  const root = commandTree(program);
  return shell === 'bash' ? bash(root) : shell === 'zsh' ? zsh(root) : fish(root);
}

export function registerCompletionCommand(program: Command): void {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish) for every built-in command and flag')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText(
      'after',
      '\nExamples:\n  source <(atmos-ts completion bash)\n  atmos-ts completion zsh > "${fpath[1]}/_atmos-ts"\n  atmos-ts completion fish > ~/.config/fish/completions/atmos-ts.fish',
    )
    .action((shell: Shell) => {
      process.stdout.write(completionScript(shell, program));
    });
}
