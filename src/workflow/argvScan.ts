/**
 * Global options read before commander parses (the `use:` switch and custom commands
 * need the configuration to build the program itself).
 */
export interface EarlyOptions {
  config?: string;
  chdir?: string;
}

export function scanGlobalOptions(args: readonly string[]): EarlyOptions {
  const out: EarlyOptions = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    const take = (key: keyof EarlyOptions, names: string[]) => {
      for (const n of names) {
        if (a === n && i + 1 < args.length) {
          out[key] = args[++i];
          return true;
        }
        if (n.startsWith('--') && a.startsWith(`${n}=`)) {
          out[key] = a.slice(n.length + 1);
          return true;
        }
      }
      return false;
    };
    if (!take('config', ['--config'])) take('chdir', ['-C', '--chdir']);
  }
  return out;
}

/** Global options that take a value (their value is not a command name). */
const VALUE_OPTIONS = new Set(['--config', '--log-level', '-C', '--chdir']);

/** The first command word in user args (after global options), if any. */
export function firstCommand(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return args[i + 1];
    if (VALUE_OPTIONS.has(a)) {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return a;
  }
  return undefined;
}
