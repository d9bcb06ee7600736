// The configuration engine's public entry (the only module of src/config/ other layers import):
// atmos.yaml discovery and loading with env overrides, the schema's types, and the YAML/duration
// helpers other engines reuse to report file:line for their own YAML (inline registries).

export { applyOverrides, CONFIG_FILE_NAMES, configError, discoverConfigFile, loadConfig, type LoadConfigOptions, type LoadedConfig } from './load.js';
export type { AtmosConfig, CiCacheConfig, CustomCommandConfig, HttpConfig, TerraformCacheConfig, ToolchainConfig, WorkflowConfig } from './schema.js';
export { formatDurationSetting, parseDuration } from './schemaDsl.js';
export { locateNode, parseYaml, type ConfigIssue, type ParsedYaml } from './validate.js';
