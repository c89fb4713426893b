import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The signals that end a run from outside (Ctrl-C, `kill`, a closed terminal). */
const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface TempDir {
  path: string;
  /** Removes the folder and what is in it (again: nothing). */
  remove(): void;
}

/**
 * A temporary folder of this run (`<tmp>/<prefix>XXXXXX`), removed by `remove()`, and also when the
 * run ends without calling it: `process.exit`, an uncaught error, or a signal that ends it (SIGINT,
 * SIGTERM, SIGHUP), which is raised again once the folder is gone so that the run still ends as that
 * signal ends it.
 */
export async function makeTempDir(prefix: string): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  const remove = () => {
    process.off('exit', remove);
    for (const signal of ENDING_SIGNALS) process.off(signal, onSignal);
    rmSync(path, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    process.kill(process.pid, signal);
  };
  process.on('exit', remove);
  for (const signal of ENDING_SIGNALS) process.on(signal, onSignal);
  return { path, remove };
}
