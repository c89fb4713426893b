import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import type { DocumentHooks, DocumentResult, DocumentTask } from './normalize-one.js';

/** Where `vanban normalize` parses its documents: in worker threads, or in its own thread. */
export interface DocumentRunner {
  /**
   * Parses one document; a worker that crashes or runs out of memory on it gives `{ error }` for it
   * alone. `hooks` reach the parse only in this thread (a worker cannot call back into it).
   */
  run(task: DocumentTask, hooks?: DocumentHooks): Promise<DocumentResult>;
  /** Ends the workers (and the OCR workers they started). */
  close(): Promise<void>;
}

/** The environment variable that sets each worker's heap limit in MB. */
export const WORKER_HEAP_VARIABLE = 'VANBAN_WORKER_HEAP_MB';

/**
 * A worker's heap limit in MB when none is given. V8 lets a heap grow between collections by a
 * factor that rises with its limit: measured over 400 documents, one worker's process peaked at
 * 126–134 MB with a limit of 192–1,024 MB and at 168–177 MB with 2,048–4,144 MB (the default here).
 * A document that needs more is read again by a worker with the main thread's own limit.
 */
export const WORKER_HEAP_MB = 1024;

/**
 * A pool worker's young generation in MB (`resourceLimits.maxYoungGenerationSizeMb`). V8 makes it of
 * three semi-spaces and rounds a semi-space up to a power of two, so 24 gives semi-spaces of 8 MB (a
 * new space of 16 MB) and anything from 25 to 48 V8's own 16 MB (32 MB): there is no size between.
 * With 8 MB a batch at `--concurrency 1` peaks about 18 MB lower (docs/performance.md §12); that costs
 * about 3–7 % more CPU time only with allocation-site pretenuring off (see `createWorkerPool`). Only a
 * pool of one worker: with two on two cores it cost 11 % more CPU time and 10 % more time for a batch.
 */
export const WORKER_YOUNG_MB = 24;

/** The main thread's heap limit in MB (`--max-old-space-size`, or V8's default for this machine's memory). */
export function mainHeapLimitMb(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20);
}

/**
 * The heap limits of the workers in MB: `first`, that of the pool's workers (`VANBAN_WORKER_HEAP_MB`
 * when it is a whole number of 64 or more, otherwise `WORKER_HEAP_MB`, never over the main thread's),
 * and `retry`, that of the one worker that reads again a document that ran out of memory (the
 * larger of the main thread's limit and `first`; none where it would be no larger).
 */
export function workerHeapLimits(env: NodeJS.ProcessEnv = process.env, mainMb = mainHeapLimitMb()): { first: number; retry: number | null } {
  const given = Number(env[WORKER_HEAP_VARIABLE]);
  const first = Number.isInteger(given) && given >= 64 ? given : Math.min(WORKER_HEAP_MB, mainMb);
  return { first, retry: mainMb > first && !(Number.isInteger(given) && given >= 64) ? mainMb : null };
}

/** The out-of-memory error a worker thread dies of. */
const outOfMemory = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/** What the run says of a document whose worker died on it. */
export function crashMessage(error: unknown, heapMb: number): string {
  if (outOfMemory(error)) {
    return `out-of-memory: reading the document took more than a worker's ${heapMb} MB of heap (set ${WORKER_HEAP_VARIABLE} to allow more); its worker was replaced and the other documents go on`;
  }
  return `worker-crashed: the worker reading the document stopped (${(error as Error | undefined)?.message ?? String(error)}); it was replaced and the other documents go on`;
}

export interface PoolOptions {
  threads: number;
  /** The worker module (its default export: `normalizeOne`). */
  filename: string | URL;
  /** Heap limits in MB (default: `workerHeapLimits()`). */
  heap?: { first: number; retry: number | null };
}

/**
 * A pool of `threads` worker threads (piscina), each parsing one document at a time. Tasks carry a
 * path or bytes and results the output's text, so no document tree is cloned between threads. A
 * worker that dies (out of memory, a crash) fails its document alone and piscina starts another; a
 * document that ran out of memory is first read again by one worker with a larger heap, started then.
 */
export async function createWorkerPool(options: PoolOptions): Promise<DocumentRunner> {
  const { Piscina } = await import('piscina');
  const heap = options.heap ?? workerHeapLimits();
  const filename = options.filename instanceof URL ? options.filename.href : options.filename;
  // one worker (--concurrency 1): the memory target; more: speed (see WORKER_YOUNG_MB)
  const smallYoung = options.threads === 1;
  const start = (threads: number, heapMb: number, young?: number) => {
    const pool = new Piscina<DocumentTask, DocumentResult>({
      filename,
      minThreads: threads,
      maxThreads: threads,
      // the run hands out a task only when a worker is free (see in-order.ts): the queue stays short
      idleTimeout: Number.POSITIVE_INFINITY,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, ...(young ? { maxYoungGenerationSizeMb: young } : {}) },
    });
    // a worker that dies between tasks has no task to fail: piscina reports it here and starts another
    pool.on('error', () => undefined);
    return pool;
  };
  // V8's flags are the process's, read by each isolate as it runs: set before the first worker starts.
  // With a young generation of WORKER_YOUNG_MB, a document's objects are often still alive at a
  // scavenge, and V8 then allocates them from their sites straight in the old generation, which fills
  // with each document's garbage: 3× the full collections and about 1.3× the CPU time of V8's default
  // young generation; without pretenuring, about 1.03–1.07×.
  if (smallYoung) setFlagsFromString('--no-allocation-site-pretenuring');
  const pool = start(options.threads, heap.first, smallYoung ? WORKER_YOUNG_MB : undefined);
  let large: ReturnType<typeof start> | null = null;
  const retry = async (task: DocumentTask): Promise<DocumentResult> => {
    large ??= start(1, heap.retry!);
    return large.run(task).catch((error: unknown): DocumentResult => ({ error: crashMessage(error, heap.retry!) }));
  };
  return {
    run: (task) =>
      pool.run(task).catch((error: unknown): Promise<DocumentResult> | DocumentResult => (outOfMemory(error) && heap.retry ? retry(task) : { error: crashMessage(error, heap.first) })),
    close: async () => {
      await Promise.all([pool.destroy(), large?.destroy()]);
    },
  };
}

/** The same work in this thread (`--concurrency 1`): no worker to start, no copy between threads. */
export async function createInThreadRunner(): Promise<DocumentRunner> {
  const [{ normalizeOne }, { setOcrWorkers }] = await Promise.all([import('./normalize-one.js'), import('../sources/ocr-workers.js')]);
  setOcrWorkers(1);
  return {
    run: normalizeOne,
    close: async () => (await import('../parse-core.js')).terminateOcr(),
  };
}
