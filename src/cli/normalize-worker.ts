/**
 * A worker thread of `vanban normalize` (see document-pool.ts): parses the documents piscina hands it,
 * one at a time: it writes a `json` output file itself and hands back the counts, or hands back an
 * `ndjson` line's text (see DocumentResult). A scan is read by one OCR worker of its own (started by
 * its first scan), so a pool of N threads runs at most N OCR workers, one per core, as the run did in
 * one thread before.
 */
import { setOcrWorkers } from '../sources/ocr-workers.js';
import { type DocumentResult, type DocumentTask, normalizeOne } from './normalize-one.js';

setOcrWorkers(1);

export default function normalizeInWorker(task: DocumentTask): Promise<DocumentResult> {
  return normalizeOne(task);
}
