/**
 * The OCR workers' settings and whether any started, apart from the engine (ocr-engine.ts), so that a
 * program that reads no scan sets them and ends the run without loading the OCR code.
 */
let limit = 1;
let started = false;

/** How many OCR workers may run at once (one per core for a batch); takes effect for new workers. */
export function setOcrWorkers(n: number): void {
  limit = Math.max(1, Math.floor(n));
}

export const ocrWorkerLimit = (): number => limit;

/** Called by the engine when its first worker starts. */
export function markOcrStarted(): void {
  started = true;
}

/** True once an OCR worker was started in this process (and `terminateOcr()` has something to end). */
export const ocrStarted = (): boolean => started;
