import { s, type Field, type Infer } from './schemaDsl.js';

const HOUR = 3_600_000;

/** Version pins for tools needed by a workflow or custom command (`tool: version-or-constraint`). */
const dependencies = s.object({ tools: s.map(s.string(), { noEnv: true }) }, { noEnv: true, strict: true });

export const toolchainSchema = s.object(
  {
    install_path: s.string({
      aliases: ['install-dir', 'install_dir', 'tools_dir', 'tools-dir'],
      env: ['ATMOS_TOOLCHAIN_PATH'],
      doc: 'Install root; default <cache root>/toolchain',
    }),
    versions_file: s.string({ default: '.tool-versions', aliases: ['file_path'], env: ['ATMOS_TOOL_VERSIONS'] }),
    lock_file: s.string({ doc: 'Default: toolchain.lock.yaml next to the versions file' }),
    use_lock_file: s.bool({ default: true }),
    max_concurrency: s.int({ default: 4, min: 1 }),
    aliases: s.map(s.string()),
    registries: s.list(
      s.object({
        name: s.string(),
        type: s.enum(['aqua', 'atmos'] as const, { default: 'aqua' }),
        source: s.string(),
        ref: s.string(),
        priority: s.int(),
        tools: s.map(s.any()),
      }),
      { noEnv: true },
    ),
    /** Seed-era inline form `toolchain.tools.<owner/repo>`. */
    tools: s.map(s.any(), { noEnv: true }),
    /** Standalone tools.yaml (aliases + tools), seed-era `--tools-config`. */
    tools_config: s.string(),
    verification: s.object({
      checksums: s.enum(['required', 'when_available', 'disabled'] as const, { default: 'when_available' }),
      /** Signatures and provenance (cosign, GitHub attestations, SLSA, minisign): docs/toolchain.md "Trust model". */
      signatures: s.enum(['required', 'when_available', 'disabled'] as const, { default: 'when_available' }),
      kinds: s.object({
        cosign: s.bool({ default: true }),
        github_artifact_attestations: s.bool({ default: true }),
        slsa_provenance: s.bool({ default: true }),
        minisign: s.bool({ default: true }),
      }),
      /** A Sigstore trusted_root.json (private Sigstore deployments); default: the public-good root shipped with atmos-ts. */
      trusted_root: s.string(),
      /** Per-tool overrides, keyed by registry name (`opentofu/opentofu`) or alias. */
      tools: s.map(
        s.object(
          {
            signatures: s.enum(['required', 'when_available', 'disabled', 'inherit'] as const, { default: 'inherit' }),
            disabled_kinds: s.list(s.enum(['cosign', 'github_artifact_attestations', 'slsa_provenance', 'minisign'] as const, { default: 'cosign' })),
          },
          { strict: true },
        ),
        { noEnv: true },
      ),
    }),
    url_replacements: s.map(s.string()),
    platforms: s.list(s.string()),
    registry_ttl: s.duration({ default: 24 * HOUR }),
    /** Fleet tier: release assets shared through an object store (s3://bucket/prefix, azblob://container/prefix, file:///dir). */
    store: s.string({ env: ['ATMOS_TOOLCHAIN_STORE'] }),
  },
  { strict: true },
);

export const ciCacheSchema = s.object(
  {
    enabled: s.bool({ default: false }),
    auto: s.enum(['off', 'restore', 'save', 'both'] as const, { default: 'off' }),
    root: s.string(),
    paths: s.list(s.string()),
    key: s.string(),
    restore_keys: s.list(s.string()),
    backend: s.enum(['github', 'dir', 's3', 'azblob', 'file'] as const, { default: 'github' }),
    /** Shared directory for `backend: dir`. */
    dir: s.string(),
    /** Object store URL for `backend: s3|azblob|file` (s3://bucket/prefix, azblob://container/prefix, file:///dir). */
    store: s.string({ env: ['ATMOS_CI_CACHE_STORE'] }),
  },
  { strict: true },
);

export const terraformCacheSchema = s.object(
  {
    enabled: s.bool({ default: false }),
    location: s.string(),
    mode: s.enum(['registry', 'mirror'] as const, { default: 'registry' }),
    metadata_ttl: s.duration({ default: 24 * HOUR }),
    stale_while_revalidate: s.duration({ default: 168 * HOUR }),
    hosts: s.list(s.string()),
    upstreams: s.map(s.string(), { env: ['ATMOS_TF_CACHE_UPSTREAMS'] }),
    port: s.int({ default: 0, min: 0 }),
    /** Fleet tier: object store shared by every runner (s3://bucket/prefix, azblob://container/prefix, file:///dir). */
    store: s.string({ env: ['ATMOS_TF_CACHE_STORE'] }),
  },
  { strict: true },
);

/**
 * Time bounds of every download and API call (toolchain, CI cache, registry cache upstream).
 * Env: ATMOS_HTTP_HEADERS_TIMEOUT, ATMOS_HTTP_IDLE_TIMEOUT, ATMOS_HTTP_RETRY_BUDGET.
 */
export const httpSchema = s.object(
  {
    headers_timeout: s.duration({ default: 20_000, doc: 'Longest wait for response headers (time to first byte)' }),
    idle_timeout: s.duration({ default: 20_000, doc: 'Longest silence while a body is read; a download making no progress is aborted' }),
    retry_budget: s.duration({ default: 20_000, doc: 'Time after the first failure during which a request is retried, backoff included' }),
  },
  { strict: true },
);

/**
 * Workflows and custom commands warn about keys they do not know (typos such as `dependecies`
 * would otherwise silently drop the tool needs). `needs` is the seed toolchain design's
 * spelling of `dependencies.tools`; keys Atmos defines but atmos-ts does not use (`stack`,
 * `component_config`, `verbose`) are accepted without a warning.
 */
export const workflowSchema = s.object(
  {
    description: s.string(),
    steps: s.list(s.any(), { noEnv: true }),
    dependencies,
    needs: s.toolNeeds(),
    env: s.map(s.string(), { noEnv: true }),
    stack: s.any({ noEnv: true }),
  },
  { strict: true },
);

export const customCommandSchema = s.object(
  {
    name: s.string(),
    description: s.string(),
    arguments: s.list(s.object({ name: s.string(), description: s.string(), required: s.bool({ default: false }), default: s.string() }), { noEnv: true }),
    flags: s.list(
      s.object({
        name: s.string(),
        shorthand: s.string(),
        description: s.string(),
        type: s.enum(['string', 'bool'] as const, { default: 'string' }),
        required: s.bool({ default: false }),
        default: s.any(),
      }),
      { noEnv: true },
    ),
    steps: s.list(s.any(), { noEnv: true }),
    dependencies,
    needs: s.toolNeeds(),
    env: s.any({ noEnv: true }),
    /** Nested commands have this same shape (made recursive below). */
    commands: s.list(s.any(), { noEnv: true }),
    component_config: s.any({ noEnv: true }),
    verbose: s.any({ noEnv: true }),
  },
  { strict: true },
);
// Nested `commands:` are validated (and warned about) like top-level ones.
(customCommandSchema.shape!.commands as { item: Field }).item = customCommandSchema;

export const atmosSchema = s.object({
  base_path: s.string(),
  /** Re-exec a pinned atmos-ts version. */
  use: s.string({ env: ['ATMOS_USE_VERSION'] }),
  /** Offline mode: no engine opens an outbound connection (also --offline, ATMOS_OFFLINE=1). */
  offline: s.bool({ default: false, env: ['ATMOS_OFFLINE'] }),
  toolchain: toolchainSchema,
  http: httpSchema,
  ci: s.object({ cache: ciCacheSchema }),
  components: s.object({
    terraform: s.object({
      command: s.string({ default: 'terraform' }),
      platforms: s.list(s.string()),
      plugin_cache: s.bool({ default: true }),
      plugin_cache_dir: s.string(),
      cache: terraformCacheSchema,
    }),
    helmfile: s.object({ command: s.string({ default: 'helmfile' }) }),
  }),
  workflows: s.map(workflowSchema, { noEnv: true }),
  commands: s.list(customCommandSchema, { noEnv: true }),
});

export type AtmosConfig = Infer<typeof atmosSchema>;
export type ToolchainConfig = Infer<typeof toolchainSchema>;
export type CiCacheConfig = Infer<typeof ciCacheSchema>;
export type TerraformCacheConfig = Infer<typeof terraformCacheSchema>;
export type HttpConfig = Infer<typeof httpSchema>;
export type WorkflowConfig = Infer<typeof workflowSchema>;
export type CustomCommandConfig = Infer<typeof customCommandSchema>;
