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
 * On a terminal, a progress bar on stderr with each input's line printed above it, the lines staying
 * when the bar goes; otherwise (a pipe, a CI log) one plain line per input. stdout is left alone, so
 * it can carry NDJSON.
 */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const plain = (line: string) => {
    stream.write(`${line}\n`);
  };
  if (!stream.isTTY || total < 2) return { done: plain, note: plain, stop: () => undefined };
  // a MultiBar of one bar, because only MultiBar can print lines above the bar
  const bars = new cliProgress.MultiBar(
    { stream, format: 'vanban {bar} {value}/{total} {file}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { file: '' });
  let stopped = false;
  // lines logged above the bar are printed at its next redraw: print them now, and straight once it is gone
  const log = (line: string) => {
    if (stopped) return plain(line);
    bars.log(`${line}\n`);
  };
  return {
    done(line) {
      log(line);
      bar.increment(1, { file: line.slice(2, 60) });
    },
    note: log,
    stop: () => {
      if (stopped) return;
      bars.update(); // flush the lines still waiting for a redraw
      bars.stop();
      stopped = true;
    },
  };
}
