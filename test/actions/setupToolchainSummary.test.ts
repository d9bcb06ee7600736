import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatToolchainSummary, toolRow } from '../../src/actions/setup-toolchain/summary.js';
import type { InstallOutcome } from '../../src/toolchain/types.js';

// The job summary's "Signatures verified" column (issue 15): what verified per tool, also for
// a version that came from a cache (the install marker keeps what verified at install time).
describe('setup-toolchain summary: signatures per tool', () => {
  const tool = { name: 'opentofu/opentofu', repoOwner: 'opentofu', repoName: 'opentofu', registry: 'aqua', requestedAs: 'tofu' };
  const identity = 'https://github.com/opentofu/opentofu/.github/workflows/release.yml@refs/heads/v1.10';
  const signed: InstallOutcome = {
    tool,
    version: '1.10.3',
    status: 'already-installed',
    durationMs: 3,
    signatures: [
      { kind: 'cosign', subject: 'asset', signer: identity, issuer: 'https://token.actions.githubusercontent.com' },
      { kind: 'github_artifact_attestations', subject: 'checksum_file', signer: 'https://github.com/a/b/.github/workflows/r.yml@refs/tags/v1' },
    ],
  };
  const plain: InstallOutcome = { tool: { ...tool, name: 'jqlang/jq', requestedAs: 'jq' }, version: '1.7.1', status: 'installed', durationMs: 5 };

  it('lists kind, subject and signer, or none', () => {
    const rows = [signed, plain].map((o) => toolRow(o, { seeded: new Set(), restored: true }));
    const md = formatToolchainSummary(rows, { platform: 'linux_amd64', totalMs: 10, cache: { state: 'off' } });
    assert.match(md, /\| Tool \| Version \| Source \| Cache hit \| Signatures verified \| Time \|/);
    assert.ok(
      md.includes(
        `| tofu | 1.10.3 | cache | Actions cache | cosign (asset: ${identity}), GitHub attestation (checksums: https://github.com/a/b/.github/workflows/r.yml@refs/tags/v1) |`,
      ),
      md,
    );
    assert.match(md, /\| jq \| 1\.7\.1 \| registry \| no \| none \|/);
  });
});
