import { ConsoleLogger } from '../common/consoleLogger.js';
import { parseLogLevel, type Logger, type LogLevel } from '../common/logger.js';
import { loadConfig, type LoadedConfig } from '../config/index.js';

/** What every command gets: logger, environment, and the lazily loaded configuration. */
export interface CliContext {
  logger: Logger;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Loads atmos.yaml on first use (so `--help` never fails on a broken config). */
  config(): LoadedConfig;
  /** stdout, for data (stderr is for messages). */
  out: NodeJS.WritableStream;
}

export interface GlobalOptions {
  config?: string;
  logLevel?: string;
  quiet?: boolean;
  verbose?: boolean;
  chdir?: string;
}

/** The global log-level choices (`trace` is debug: there is nothing finer to print). */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const;

/** --log-level > -v/--verbose (debug) > -q/--quiet (warn) > ATMOS_LOGS_LEVEL > info. */
export function logLevelFor(globals: GlobalOptions, env: NodeJS.ProcessEnv = process.env): LogLevel {
  if (globals.logLevel) return parseLogLevel(globals.logLevel);
  if (globals.verbose) return 'debug';
  if (globals.quiet) return 'warn';
  return parseLogLevel(env.ATMOS_LOGS_LEVEL ?? env.ATMOS_LOG_LEVEL);
}

export function createContext(globals: GlobalOptions, env: NodeJS.ProcessEnv = process.env): CliContext {
  if (globals.chdir) process.chdir(globals.chdir);
  const logger = new ConsoleLogger({ level: logLevelFor(globals, env) });
  let loaded: LoadedConfig | undefined;
  return {
    logger,
    env,
    cwd: process.cwd(),
    out: process.stdout,
    config() {
      loaded ??= loadConfig({ configPath: globals.config, env, logger });
      return loaded;
    },
  };
}
