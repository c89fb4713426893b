// A worker module for the pool's tests (src/cli/document-pool.test.ts): it stops its thread on a
// task named "exit", as a crash of a native reader would, and otherwise answers with the task's name.
// Only the tests load it; no input of `vanban normalize` reaches it.
export default function exitingWorker(task) {
  if (task.name === 'exit') process.exit(7);
  const stats = { rows: 0, citations: 0, unknownUnits: 0, diagnostics: 0, warnings: 0, description: task.name };
  return { text: task.name, stats };
}
