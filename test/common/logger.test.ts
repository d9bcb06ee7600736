import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { getHeapSnapshot } from 'node:v8';
import { silentLogger } from '../../src/common/logger.js';

/** Every string the process still holds, as the heap snapshot serialises them. */
async function heapText(): Promise<string> {
  const chunks: string[] = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(String(chunk));
  return chunks.join('');
}

describe('silentLogger', () => {
  it('keeps nothing it is given: no messages, task labels or secrets stay in memory', async () => {
    const id = randomUUID();
    // The values handed to the logger are built in here and dropped on return, so only the
    // logger could still hold them when the snapshot (which collects garbage first) is taken.
    // Flat strings: a snapshot names a concatenated string "(concatenated string)", not its text.
    const v = (kind: string) => Buffer.from(`${kind}-${id}`).toString('utf8');
    const feed = () => {
      silentLogger.debug(v('debug'));
      silentLogger.info(v('info'));
      silentLogger.success(v('success'));
      silentLogger.warn(v('warn'), { file: v('file') });
      silentLogger.error(v('error'));
      silentLogger.secret(v('secret'));
      const task = silentLogger.task(v('task'), { total: 10, unit: 'items' });
      task.update(5, 10);
      task.label(v('relabel'));
      task.succeed(v('done'));
      silentLogger.task(v('failing')).fail(v('fail'));
    };
    feed();
    const heap = await heapText();
    const kept = ['debug', 'info', 'success', 'warn', 'file', 'error', 'secret', 'task', 'relabel', 'done', 'failing', 'fail'].filter((k) =>
      heap.includes(`${k}-${id}`),
    );
    assert.deepEqual(kept, [], `silentLogger still holds: ${kept.join(', ')}`);
  });

  it('has no state to keep things in', () => {
    assert.equal(silentLogger.level, 'silent');
    assert.ok(Object.isFrozen(silentLogger));
    const data = Object.entries(silentLogger).filter(([k, v]) => k !== 'level' && typeof v !== 'function');
    assert.deepEqual(data, []);
  });
});
