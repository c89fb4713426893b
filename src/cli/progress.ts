import cliProgress from 'cli-progress';

/** What the normalize command reports while it runs. */
export interface Progress {
  /** One input done: its outcome line. */
  done(line: string): void;
  /** A line that is not about one input (a missing path, the summary). */
  note(line: string): void;
  stop(): void;
}

/**
 * On a terminal, a progress bar on stderr with failures printed above it; otherwise (a pipe, a CI
 * log) one plain line per input. stdout is left alone, so it can carry NDJSON.
 */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) {
    return { done: (line) => stream.write(`${line}\n`), note: (line) => stream.write(`${line}\n`), stop: () => undefined };
  }
  // a MultiBar of one bar, because only MultiBar can print lines above the bar
  const bars = new cliProgress.MultiBar(
    { stream, format: 'vanban {bar} {value}/{total} {file}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { file: '' });
  return {
    done(line) {
      if (line.startsWith('✗')) bars.log(`${line}\n`);
      bar.increment(1, { file: line.slice(2, 60) });
    },
    note: (line) => bars.log(`${line}\n`),
    stop: () => bars.stop(),
  };
}
