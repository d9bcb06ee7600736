/**
 * The option spellings every command shares, so one flag means one thing everywhere:
 * `-f, --format <format>` for whatever prints data, `--platform <os/arch>` (repeatable,
 * comma-separated too) for whatever targets platforms, and the deprecated spellings of
 * 0.x kept for one release as hidden aliases that warn on stderr.
 */

import { InvalidArgumentError, Option, type Command } from 'commander';
import { parsePlatform, platformKey } from '../common/platform.js';
import type { CliContext } from './context.js';

/** Old format names still understood (`table` was the 0.x name of `text`). */
const FORMAT_SYNONYMS: Record<string, string> = { table: 'text' };

/**
 * `-f, --format <format>`: `formats[0]` is the default unless `dflt` says otherwise.
 * `synonyms` maps extra accepted spellings (not shown in help) to a format.
 */
export function formatOption(formats: readonly string[], options: { dflt?: string; synonyms?: Record<string, string>; description?: string } = {}): Option {
  const synonyms = { ...FORMAT_SYNONYMS, ...options.synonyms };
  const dflt = options.dflt ?? formats[0];
  const o = new Option('-f, --format <format>', options.description ?? 'output format').default(dflt).argParser((value: string) => {
    const v = value.toLowerCase();
    const f = formats.includes(v) ? v : synonyms[v];
    if (f && formats.includes(f)) return f;
    throw new InvalidArgumentError(`Use one of ${formats.join(', ')}.`);
  });
  // Shown in help, the reference and shell completion as a choice list.
  o.argChoices = [...formats];
  return o;
}

/** A platform flag's value, checked when parsed so a typo fails before any work, naming the value. */
export function platformArg(value: string): string {
  return platformKey(parsePlatform(value));
}

/** Repeatable and comma-separated: `--platform linux/amd64 --platform darwin/arm64,windows/amd64`. */
export function platformOption(description: string): Option {
  return new Option('--platform <os/arch>', `${description}; repeatable or comma-separated; os_arch is accepted too`).argParser(
    (value: string, previous: string[] | undefined) => [
      ...(previous ?? []),
      ...value
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .map(platformArg),
    ],
  );
}

export interface Deprecation {
  /** The old flags, e.g. `-o, --output <format>`. */
  flags: string;
  /** What to write instead, e.g. `-f/--format`. */
  use: string;
}

/** Deprecated spellings per command, for the generated reference. */
const deprecations = new WeakMap<Command, Deprecation[]>();

export function deprecationsOf(cmd: Command): Deprecation[] {
  return deprecations.get(cmd) ?? [];
}

/**
 * Keep an old spelling working for one release: a hidden option that, when given, sets
 * `target` and prints one deprecation line on stderr before the action runs. `parse`
 * validates the value at parse time, like the option it stands for.
 */
export function deprecatedOption(
  cmd: Command,
  getContext: () => CliContext,
  spec: Deprecation & { target: string; parse?: (value: string, previous: unknown) => unknown; value?: unknown },
): Command {
  const old = new Option(spec.flags, `deprecated: use ${spec.use}`).hideHelp();
  if (spec.parse) old.argParser(spec.parse);
  cmd.addOption(old);
  deprecations.set(cmd, [...deprecationsOf(cmd), { flags: spec.flags, use: spec.use }]);
  const attr = old.attributeName();
  cmd.hook('preAction', (self) => {
    if (self.getOptionValueSource(attr) !== 'cli') return;
    const names = [old.short, old.long].filter(Boolean).join('/');
    getContext().logger.warn(`${names} is deprecated and will be removed in the next release; use ${spec.use}`);
    self.setOptionValueWithSource(spec.target, spec.value ?? self.getOptionValue(attr), 'cli');
  });
  return cmd;
}

/** `-f, --format` plus the 0.x `-o, --output <format>` as its deprecated alias. */
export function addFormatOption(cmd: Command, getContext: () => CliContext, format: Option): Command {
  cmd.addOption(format);
  return deprecatedOption(cmd, getContext, { flags: '-o, --output <format>', use: '-f/--format', target: 'format', parse: format.parseArg });
}
