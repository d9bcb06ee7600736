// Every code an AtmosError may carry, in one list, so tsc rejects a code that is not here
// and a new failure reuses an existing code instead of spelling a near-duplicate. New codes
// are `<SUBJECT>_<PROBLEM>` (CACHE_KEY_INVALID, not INVALID_CACHE_KEY). Tests and callers that
// branch on a failure compare these codes, never message text.

export const ErrorCodes = [
  // Anything not classified further.
  'ERROR',

  // Configuration (atmos.yaml and the CLI/action surface).
  'CONFIG_INVALID',
  'CONFIG_NOT_FOUND',
  'INPUT_INVALID',
  'INVALID_FLAG_VALUE',
  'INVALID_PLATFORM',
  'INVALID_TOOL_SPEC',
  'USAGE',

  // HTTP and other shared machinery (src/common).
  'HTTP_BAD_JSON',
  'HTTP_REDIRECTS',
  'HTTP_STATUS',
  'HTTP_TIMEOUT',
  'HTTP_UNREACHABLE',
  'LOCK_TIMEOUT',
  'OFFLINE_MISSING',
  'RATE_LIMITED',

  // Toolchain: registries and tool definitions.
  'ALIAS_LOOP',
  'AMBIGUOUS_TOOL',
  'NO_ASSET',
  'PACKAGE_VAR_REQUIRED',
  'REGISTRY_CHECKSUM_ALGORITHM',
  'REGISTRY_INVALID',
  'REGISTRY_NOT_FOUND',
  'REGISTRY_TEMPLATE',
  'REGISTRY_UNAVAILABLE',
  'TOOL_DEFINITION_INVALID',
  'TOOL_NOT_FOUND',
  'UNSUPPORTED_PACKAGE_TYPE',
  'UNSUPPORTED_PLATFORM',

  // Toolchain: versions, pins and installs.
  'ARCHIVE_ESCAPE',
  'ASSET_NOT_FOUND',
  'BINARY_NOT_FOUND',
  'CHECKSUM_AMBIGUOUS',
  'CHECKSUM_CONFIG',
  'CHECKSUM_FORMAT',
  'CHECKSUM_MISMATCH',
  'CHECKSUM_REQUIRED',
  'CHECKSUM_UNAVAILABLE',
  'DOWNLOAD_FAILED',
  'EXEC_FAILED',
  'EXTRACT_FAILED',
  'INSTALL_FAILED',
  'INSTALL_INCOMPLETE',
  'LOCK_CHECKSUM_MISMATCH',
  'LOCK_SIGNATURE_MISMATCH',

  // Toolchain: signatures and provenance (src/toolchain/signatures).
  'SIGNATURE_IDENTITY_MISMATCH',
  'SIGNATURE_INVALID',
  'SIGNATURE_MISSING',
  'SIGNATURE_REQUIRED',
  'SIGNATURE_UNTRUSTED',
  'TRUSTED_ROOT_INVALID',
  'LOCK_FILE_INVALID',
  'NO_MATCHING_VERSION',
  'NO_RELEASES',
  'TOOL_NOT_CONFIGURED',
  'TOOL_NOT_INSTALLED',
  'SHIMS_UNAVAILABLE',
  'TOOL_VERSIONS_INVALID',
  'UNSUPPORTED_FORMAT',
  'VERSIONS_UNAVAILABLE',

  // CI cache.
  'CACHE_ARCHIVE_FAILED',
  'CACHE_CONFIG_INVALID',
  'CACHE_KEY_INVALID',
  'CACHE_MISS',
  'CACHE_PATH_INVALID',
  'CACHE_REST_FAILED',
  'CACHE_SAVE_FAILED',
  'CACHE_UNAVAILABLE',
  'GITHUB_REPOSITORY_UNKNOWN',
  'GITHUB_TOKEN_MISSING',

  // Registry cache proxy.
  'BAD_FILENAME',
  'BAD_ZIP',
  'CA_MISSING',
  'CACHE_CERT_UNTRUSTED',
  'CLI_CONFIG',
  'HCL_SYNTAX',
  'HOST_NOT_PROXIED',
  'MIRROR_BAD_SECRET',
  'MIRROR_START',
  'MIRROR_TLS_REQUIRED',
  'MODULE_SOURCE_FETCH',
  'TLS_SETUP',
  'TRUST_STORE',
  'UPSTREAM_ANSWER',
  'UPSTREAM_BAD_JSON',
  'UPSTREAM_FAILED',
  'UPSTREAM_STATUS',
  'UPSTREAM_TIMEOUT',
  'WARM_CONSTRAINT',
  'WARM_INPUT',

  // Bundles (air-gapped transfer) and git mirrors.
  'BUNDLE_CONFLICT',
  'BUNDLE_CORRUPT',
  'BUNDLE_INCOMPLETE',
  'BUNDLE_INPUT',
  'BUNDLE_MISSING',
  'GIT_MIRROR_FAILED',

  // Fleet tier (object store).
  'STORE_CORRUPT',
  'STORE_CREDENTIALS_MISSING',
  'STORE_URL_INVALID',

  // Workflows and custom commands.
  'DEPENDENCY_CONSTRAINT',
  'STEP_FAILED',
  'STEP_NOT_FOUND',
  'TEMPLATE_ERROR',
  'WORKFLOW_NOT_FOUND',

  // GitHub Actions runner environment.
  'NOT_IN_RUNNER',
  'RUNTIME_UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ErrorCodes)[number];
