import { ConsoleLogger, parseLogLevel, type Logger } from '../common/logger.js';
import { loadConfig, type LoadedConfig } from '../config/load.js';

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
  chdir?: string;
}

export function createContext(globals: GlobalOptions, env: NodeJS.ProcessEnv = process.env): CliContext {
  if (globals.chdir) process.chdir(globals.chdir);
  const logger = new ConsoleLogger({ level: parseLogLevel(globals.logLevel ?? env.ATMOS_LOGS_LEVEL ?? env.ATMOS_LOG_LEVEL) });
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
