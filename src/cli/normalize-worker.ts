/**
 * A worker thread of `vanban normalize` (see document-pool.ts): parses the documents piscina hands it,
 * one at a time, and hands back the bytes to write, moved (not copied) to the main thread. A scan is
 * read by one OCR worker of its own (started by its first scan), so a pool of N threads runs at most
 * N OCR workers, one per core, as the run did in one thread before.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { setOcrWorkers } from '../sources/ocr-workers.js';
import { type DocumentResult, type DocumentTask, normalizeOne } from './normalize-one.js';

setOcrWorkers(1);

export default async function normalizeInWorker(task: DocumentTask): Promise<unknown> {
  const result: DocumentResult = await normalizeOne(task);
  if (!('bytes' in result)) return result;
  const { buffer } = result.bytes;
  // piscina's transferable: the result, with its bytes' buffer in the transfer list
  return move({ [transferableSymbol]: [buffer], [valueSymbol]: result } as unknown as Parameters<typeof move>[0]);
}
