import type { BenchTool } from './tools.js';
import type { Invocation } from './timing.js';

/** One installer under test (mise or atmos-ts), driven by the same benchmark loop. */
export interface Contender {
  name: string;
  /** Human-readable setup for BENCHMARKS.md (commands, config, switches). */
  setup: string;
  /** Forget everything installed or cached: the next install is cold. */
  reset(): void;
  /** Install all 10 tools from the project's pins. */
  install(): Invocation;
  /** Run `<tool> --version` through the installer's exec. */
  exec(tool: BenchTool): Invocation;
  /** Absolute path of the installed executable (the "direct" baseline). */
  binaryPath(tool: BenchTool): string;
}
