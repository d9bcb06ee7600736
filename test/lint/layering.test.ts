// The layering rule of eslint.config.js (`atmos/layering`, an error in `npm run lint`): which
// imports across src/ layers it lets through and which it names, and that every declared engine
// entry exists.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error eslint.config.js is plain JavaScript without declarations
import { ENGINE_ENTRIES, layerViolation } from '../../eslint.config.js';

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');
const at = (p: string) => path.join(SRC, p);
const violation = layerViolation as (from: string, target: string) => string | undefined;

describe('atmos/layering', () => {
  it('lets an engine, the CLI and the actions import another engine through its entry', () => {
    assert.equal(violation(at('workflow/useVersion.ts'), at('toolchain/index.ts')), undefined);
    assert.equal(violation(at('cli/toolchain/warm.ts'), at('toolchain/index.ts')), undefined);
    assert.equal(violation(at('actions/cache/main.ts'), at('cache/index.ts')), undefined);
    assert.equal(violation(at('cache/plan.ts'), at('mirror/layout.ts')), undefined, 'mirror/layout.ts is a declared second entry');
    assert.equal(violation(at('cli/fast.ts'), at('toolchain/fast.ts')), undefined, 'toolchain/fast.ts is a declared second entry');
  });

  it('names an import of another engine’s internal module, and the entry to use instead', () => {
    const why = violation(at('mirror/moduleSource.ts'), at('toolchain/install.ts'));
    assert.match(why ?? '', /only through src\/toolchain\/index\.ts or src\/toolchain\/fast\.ts \(found src\/toolchain\/install\.ts\)/);
    assert.ok(violation(at('cli/terraform/run.ts'), at('mirror/session.ts')));
    assert.ok(violation(at('actions/setup-toolchain/setup.ts'), at('workflow/toolNeeds.ts')));
  });

  it('keeps src/common/ below the engines and the adapters out of reach', () => {
    assert.match(violation(at('common/http.ts'), at('config/index.ts')) ?? '', /imports no engine or adapter/);
    assert.match(violation(at('toolchain/context.ts'), at('cli/context.ts')) ?? '', /adapter/);
    assert.equal(violation(at('toolchain/install.ts'), at('common/extract.ts')), undefined);
  });

  it('reports a folder under src/ that is not a known layer', () => {
    assert.match(violation(at('cli/x.ts'), at('nowhere/index.ts')) ?? '', /not a known layer/);
  });

  it('declares one index.ts entry per engine, and every declared entry exists', () => {
    for (const [engine, entries] of Object.entries(ENGINE_ENTRIES as Record<string, string[]>)) {
      assert.equal(entries[0], 'index.ts', engine);
      for (const e of entries) assert.ok(existsSync(at(`${engine}/${e}`)), `src/${engine}/${e} is declared in ENGINE_ENTRIES but missing`);
    }
  });
});
