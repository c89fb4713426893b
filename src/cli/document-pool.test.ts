import { describe, expect, it } from 'vitest';
import { FIXTURES, oversizedDecision } from '../../test/fixtures.js';
import { crashMessage, createWorkerPool, WORKER_HEAP_MB, WORKER_YOUNG_MB, workerHeapLimits } from './document-pool.js';
import type { DocumentResult, DocumentTask } from './normalize-one.js';

/** The built worker (`npm test` builds dist/ before the tests run). */
const WORKER = new URL('../../dist/normalize-worker.js', import.meta.url);
const EXITING = new URL('../../test/workers/exiting-worker.mjs', import.meta.url);
const HEAP_LIMITS = new URL('../../test/workers/heap-limits-worker.mjs', import.meta.url);

const text = (r: DocumentResult) => ('text' in r ? r.text : 'error' in r ? r.error : '(a document)');

describe('workerHeapLimits', () => {
  it('gives the pool a modest heap and the retry the main thread’s own', () => {
    expect(workerHeapLimits({}, 4144)).toEqual({ first: WORKER_HEAP_MB, retry: 4144 });
    // a main thread with less than the modest heap: that, and no retry
    expect(workerHeapLimits({}, 700)).toEqual({ first: 700, retry: null });
  });
  it('takes VANBAN_WORKER_HEAP_MB when it is a whole number of 64 or more, with no retry', () => {
    expect(workerHeapLimits({ VANBAN_WORKER_HEAP_MB: '96' }, 4144)).toEqual({ first: 96, retry: null });
    expect(workerHeapLimits({ VANBAN_WORKER_HEAP_MB: '12' }, 4144)).toEqual({ first: WORKER_HEAP_MB, retry: 4144 });
    expect(workerHeapLimits({ VANBAN_WORKER_HEAP_MB: 'lots' }, 4144).first).toBe(WORKER_HEAP_MB);
  });
});

describe('crashMessage', () => {
  it('names running out of memory, the limit and how to raise it', () => {
    const error = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(crashMessage(error, 96)).toMatch(/^out-of-memory: .*96 MB.*VANBAN_WORKER_HEAP_MB/);
    expect(crashMessage(new Error('worker exited with code: 7'), 96)).toMatch(/^worker-crashed: .*code: 7/);
  });
});

describe('createWorkerPool', () => {
  it('fails a task whose worker stops alone, replaces the worker, and runs the others', async () => {
    const pool = await createWorkerPool({ threads: 1, filename: EXITING, heap: { first: 256, retry: null } });
    try {
      const names = ['a', 'exit', 'b', 'exit', 'c'];
      const results = await Promise.all(names.map((name) => pool.run({ name, output: 'json' })));
      expect(results.map(text)).toEqual(['a', expect.stringMatching(/^worker-crashed: .*exited with code: 7/), 'b', expect.stringMatching(/^worker-crashed:/), 'c']);
    } finally {
      await pool.close();
    }
  });

  it('gives its one worker a young generation of 8 MB semi-spaces, half of V8’s own', async () => {
    const pool = await createWorkerPool({ threads: 1, filename: HEAP_LIMITS, heap: { first: 256, retry: null } });
    try {
      const { limits, newSpaceMb } = JSON.parse(text(await pool.run({ name: 'x', output: 'json' })));
      expect(limits).toMatchObject({ maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: WORKER_YOUNG_MB });
      // two semi-spaces; V8 rounds each up to a power of two (so 25 to 48 MB would give 16 MB each)
      expect(newSpaceMb).toBeLessThanOrEqual(16);
    } finally {
      await pool.close();
    }
  });

  it('leaves V8’s own young generation to a pool of two workers', async () => {
    const pool = await createWorkerPool({ threads: 2, filename: HEAP_LIMITS, heap: { first: 256, retry: null } });
    try {
      const { limits } = JSON.parse(text(await pool.run({ name: 'x', output: 'json' })));
      expect(limits.maxYoungGenerationSizeMb).toBeGreaterThan(WORKER_YOUNG_MB);
    } finally {
      await pool.close();
    }
  });

  describe('with the real worker', () => {
    const small = (): DocumentTask => ({ path: new URL('qd-2422-qd-bhxh-2020.txt', FIXTURES).pathname, name: 'qd-2422-qd-bhxh-2020.txt', output: 'json' });
    const big = (): DocumentTask => ({ bytes: oversizedDecision(12_000), name: 'big.txt', output: 'json' });

    it('fails a document that runs a worker out of memory alone; the documents beside it are read', async () => {
      const pool = await createWorkerPool({ threads: 2, filename: WORKER, heap: { first: 96, retry: null } });
      try {
        const [before, oom, after] = await Promise.all([pool.run(small()), pool.run(big()), pool.run(small())]);
        expect(text(oom)).toMatch(/^out-of-memory: reading the document took more than a worker's 96 MB of heap/);
        for (const r of [before, after]) expect(JSON.parse(text(r)).document.number).toBe('2422/QĐ-BHXH');
      } finally {
        await pool.close();
      }
    });

    it('reads such a document again in a worker with a larger heap when there is one', async () => {
      const pool = await createWorkerPool({ threads: 1, filename: WORKER, heap: { first: 96, retry: 2048 } });
      try {
        const doc = JSON.parse(text(await pool.run(big())));
        expect(doc.document.number).toBe('40/QĐ-BHXH');
        expect(doc.citations.length).toBeGreaterThanOrEqual(12_000);
      } finally {
        await pool.close();
      }
    });
  });
});
