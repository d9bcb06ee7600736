/**
 * What to download and how to install it, for one tool version on one platform.
 * Registries (Aqua packages, inline definitions) only produce plans; download,
 * verify, extract and install consume them and know nothing about where a plan came from.
 */

import type { Platform } from '../common/platform.js';

export type PackageType = 'github_release' | 'http' | 'github_archive' | 'github_content';

export type ChecksumAlgorithm = 'sha256' | 'sha512' | 'sha1' | 'md5';

export interface ChecksumSource {
  /** Absolute URL of the checksum file (public URL; the downloader applies GHES/url_replacements). */
  url: string;
  algorithm: ChecksumAlgorithm;
  /** '' = "<hex>  <name>" lines (or a single bare digest), 'raw' = whole file, 'regexp' = `pattern`. */
  fileFormat: '' | 'raw' | 'regexp';
  pattern?: { checksum: string; file?: string };
}

export interface AssetFile {
  /** Command name (what goes on PATH). Windows plans already end in `.exe` where Aqua adds it. */
  name: string;
  /** Path inside the unpacked asset (forward slashes). For raw assets: the downloaded file name. */
  src: string;
}

export interface AssetPlan {
  /** Registry package name, e.g. `hashicorp/terraform`, `kubernetes/kubernetes/kubectl`. */
  name: string;
  /** `owner/repo` used for the install layout `bin/<owner>/<repo>/<version>/`. */
  repoOwner: string;
  repoName: string;
  type: PackageType;
  /** Version as requested/pinned (what `.tool-versions` and the lock use). */
  version: string;
  /** Tag/version string used in URLs (with `version_prefix`). */
  tag: string;
  platform: Platform;
  /** Download URLs in the order to try (github_archive has fallbacks). Public URLs. */
  urls: string[];
  /** Basename used to look the asset up in a checksum file. */
  assetName: string;
  /** raw | gz | zip | tar.gz | tgz | tar.xz | txz | tar.bz2 | tbz | … (empty = infer from name). */
  format: string;
  files: AssetFile[];
  checksum?: ChecksumSource;
  /** For github_release: enables the API `digest` lookup when no checksum file is declared. */
  githubRelease?: { owner: string; repo: string; tag: string; asset: string };
  /** Signatures and provenance the registry declares (cosign, attestations, SLSA, minisign). */
  signatures?: SignatureSpec[];
  /** Registry that produced the plan (for `info` and the lock's `source`). */
  registry: string;
}

/** The four signature/provenance kinds Aqua registry definitions declare. */
export const SIGNATURE_KINDS = ['cosign', 'github_artifact_attestations', 'slsa_provenance', 'minisign'] as const;
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];

/**
 * One signature the registry declares, rendered for this version/platform (public URLs).
 * `subject` says which bytes it signs: the asset, or the checksum file (whose entry for the
 * asset then has to match the asset's digest).
 */
export type SignatureSpec =
  | {
      kind: 'cosign';
      subject: SignatureSubject;
      /** `--key`: a URL (or a PEM) of a public key. */
      key?: string;
      /** `--signature`: URL of a base64 signature. */
      signature?: string;
      /** `--certificate`: URL of a PEM certificate. */
      certificate?: string;
      /** `--bundle`: URL of a Sigstore bundle. */
      bundle?: string;
      identity?: string;
      identityRegexp?: string;
      issuer?: string;
      issuerRegexp?: string;
      /** `--insecure-ignore-tlog`: no transparency-log proof is required. */
      ignoreTlog?: boolean;
    }
  | { kind: 'github_artifact_attestations'; subject: SignatureSubject; owner: string; repo: string; signerWorkflow?: string; predicateType?: string }
  | { kind: 'slsa_provenance'; subject: 'asset'; url: string; sourceUri: string; sourceTag: string }
  | { kind: 'minisign'; subject: SignatureSubject; url: string; publicKey: string };

export type SignatureSubject = 'asset' | 'checksum_file';
