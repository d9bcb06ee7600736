// A tiny declarative schema for atmos.yaml: each field knows its type, default, the
// env vars that override it and its aliases. One walker (validate.ts) turns a YAML
// document plus the environment into typed values and file:line errors, so every
// section gets the same precedence rules and error messages.

export type FieldKind = 'string' | 'bool' | 'int' | 'duration' | 'enum' | 'list' | 'map' | 'object' | 'any' | 'toolNeeds';

export interface Field<T = unknown> {
  readonly kind: FieldKind;
  readonly default?: T;
  /** Extra env var names besides the one derived from the key path. */
  readonly env?: readonly string[];
  /** Other YAML spellings of this key (seed-era names). */
  readonly aliases?: readonly string[];
  /** Disable the env var derived from the path (for list/object containers). */
  readonly noEnv?: boolean;
  readonly doc?: string;
  readonly values?: readonly string[];
  readonly item?: Field;
  readonly shape?: Record<string, Field>;
  readonly min?: number;
  readonly strict?: boolean;
  /** Phantom type marker. */
  readonly __type?: T;
}

interface Common<T> {
  default?: T;
  env?: string[];
  aliases?: string[];
  doc?: string;
  noEnv?: boolean;
  /** Warn about keys this object does not know (our own sections; Atmos has many more keys elsewhere). */
  strict?: boolean;
}

export type Infer<F> = F extends Field<infer T> ? T : never;
type Shape = Record<string, Field>;
type InferShape<S extends Shape> = { [K in keyof S]: Infer<S[K]> };

function make<T>(kind: FieldKind, opts: object): Field<T> {
  return { kind, ...opts } as Field<T>;
}

export const s = {
  string<D extends string | undefined = undefined>(opts: Common<string> & { default?: D } = {}): Field<D extends string ? string : string | undefined> {
    return make('string', opts);
  },
  bool(opts: Common<boolean> & { default: boolean }): Field<boolean> {
    return make('bool', opts);
  },
  int<D extends number | undefined = undefined>(
    opts: Common<number> & { default?: D; min?: number } = {},
  ): Field<D extends number ? number : number | undefined> {
    return make('int', opts);
  },
  /** Go-style duration (`24h`, `90m`, `1h30m`, `45s`) or seconds; value in milliseconds. */
  duration(opts: Common<number> & { default: number }): Field<number> {
    return make('duration', opts);
  },
  enum<const V extends readonly string[]>(values: V, opts: Common<V[number]> & { default: V[number] }): Field<V[number]> {
    return make('enum', { ...opts, values });
  },
  list<F extends Field>(item: F, opts: Common<Infer<F>[]> = {}): Field<Infer<F>[]> {
    return make('list', { default: [], ...opts, item });
  },
  map<F extends Field>(item: F, opts: Common<Record<string, Infer<F>>> = {}): Field<Record<string, Infer<F>>> {
    return make('map', { default: {}, ...opts, item });
  },
  object<S extends Shape>(shape: S, opts: Common<InferShape<S>> = {}): Field<InferShape<S>> {
    return make('object', { ...opts, shape });
  },
  any(opts: Common<unknown> = {}): Field<unknown> {
    return make('any', opts);
  },
  /**
   * Tool needs in the seed's spelling: a list of `tool@version` (a bare `tool` means any
   * version) or a map `{tool: version}`; either way the value is `tool → version`.
   */
  toolNeeds(opts: Common<Record<string, string>> = {}): Field<Record<string, string> | undefined> {
    return make('toolNeeds', { noEnv: true, ...opts });
  },
};

const unitMs: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parse `24h`, `1h30m`, `90s`, `500ms`, `7d`, or a bare number of seconds. Returns ms or undefined. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) * 1000;
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(t)) return undefined;
  let total = 0;
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) total += Number(m[1]) * unitMs[m[2]];
  return total;
}

export function formatDurationSetting(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
