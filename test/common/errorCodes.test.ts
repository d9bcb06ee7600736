import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorCodes } from '../../src/common/errorCodes.js';
import { AtmosError } from '../../src/common/errors.js';

describe('error codes', () => {
  it('are one list without repeats, in capitals and underscores', () => {
    assert.equal(new Set(ErrorCodes).size, ErrorCodes.length);
    for (const code of ErrorCodes) assert.match(code, /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/, code);
  });

  it('are checked by the compiler: a code outside the list does not type-check', () => {
    // `npm run typecheck` fails if this line ever compiles (the directive would be unused).
    // @ts-expect-error — not in ErrorCodes
    const err = new AtmosError('x', { code: 'NOT_A_CODE' });
    assert.equal(err.code, 'NOT_A_CODE');
    assert.equal(new AtmosError('x').code, 'ERROR');
  });
});
