// A worker module for the pool's tests (src/cli/document-pool.test.ts): it makes short-lived objects
// enough to fill V8's default young generation several times over, and answers with the resource
// limits its thread was given and the largest new space its heap grew to meanwhile.
// Only the tests load it; no input of `vanban normalize` reaches it.
import { getHeapSpaceStatistics } from 'node:v8';
import { resourceLimits } from 'node:worker_threads';

const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;

export default function heapLimitsWorker(task) {
  let largest = newSpace();
  let kept = [];
  for (let i = 0; i < 2_000_000; i++) {
    kept.push({ i, s: `${task.name}${i}` });
    if (kept.length === 50_000) {
      kept = [];
      largest = Math.max(largest, newSpace());
    }
  }
  const text = JSON.stringify({ limits: resourceLimits, newSpaceMb: Math.max(largest, newSpace()) / 2 ** 20 });
  const stats = { rows: 0, citations: 0, unknownUnits: 0, diagnostics: 0, warnings: 0, description: task.name };
  return { text, stats };
}
