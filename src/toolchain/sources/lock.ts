/*
 * Install source from toolchain.lock.yaml: URL, checksum and file layout as recorded, so a
 * locked install needs neither the registry nor a GitHub API call.
 */
import type { Platform } from '../../common/platform.js';
import { platformKey } from '../../common/platform.js';
import type { ChecksumAlgorithm } from '../assetPlan.js';
import type { InstallSource } from '../install.js';
import { lockedPlatform, type LockFileData } from '../lockFile.js';
import type { ResolvedTool } from '../registry/types.js';
import type { SignatureCheck, SignatureRecord } from '../signatures/index.js';

/** Builds the signature check of a locked install (RegistrySource.lockSignatureCheck); undefined = none. */
export type LockSignatureCheck = (
  tool: ResolvedTool,
  version: string,
  platform: Platform,
  lockedUrl: string,
  recorded: SignatureRecord[],
) => ((expectedSha256?: Promise<string | undefined>) => SignatureCheck) | undefined;

export class LockSource {
  constructor(
    private readonly lock: LockFileData | undefined,
    private readonly signatureCheck?: LockSignatureCheck,
  ) {}

  /** Undefined when this version is not locked for the platform. */
  sourceFor(tool: ResolvedTool, version: string, platform: Platform): InstallSource | undefined {
    const lock = this.lock;
    const key = `${tool.repoOwner}/${tool.repoName}`;
    const entry = lock ? lockedPlatform(lock, key, version, platformKey(platform)) : undefined;
    if (!lock || !entry) return undefined;
    const versionEntry = lock.tools[key].versions[version];
    const assetName = decodeURIComponent(new URL(entry.url).pathname.split('/').pop() ?? 'asset');
    const binary = versionEntry.binary_name ?? tool.repoName;
    const signatures = this.signatureCheck?.(tool, version, platform, entry.url, (entry.signatures ?? []) as SignatureRecord[]);
    return {
      ...(signatures ? { signatures } : {}),
      urls: [entry.url],
      assetName,
      format: entry.format ?? '',
      files: entry.files ?? [{ name: binary, src: binary }],
      locked: { hex: entry.checksum, algorithm: (entry.checksum_algorithm ?? 'sha256') as ChecksumAlgorithm, source: 'toolchain.lock.yaml' },
      fromLock: true,
    };
  }
}
