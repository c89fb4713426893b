import cliProgress from 'cli-progress';

/** What the normalize command reports while it runs. */
export interface Progress {
  /** One input done: its outcome line. */
  done(line: string): void;
  /** A line that is not about one input (a missing path, the summary). */
  note(line: string): void;
  /** A page of a scan read by OCR: `done` of its `total` pages read (shown on a terminal only). */
  pages?(file: string, done: number, total: number): void;
  stop(): void;
}

/**
 * On a terminal, a progress bar on stderr with each input's line printed above it, the lines staying
 * when the bar goes; otherwise (a pipe, a CI log) one plain line per input. A scan read by OCR shows
 * its pages read on the bar (`page 3/15`); a run of one input gets a bar of that scan's pages. stdout
 * is left alone, so it can carry NDJSON.
 */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const plain = (line: string) => {
    stream.write(`${line}\n`);
  };
  if (!stream.isTTY) return { done: plain, note: plain, stop: () => undefined };
  // a MultiBar of one bar, because only MultiBar can print lines above the bar; made when first
  // needed: at once for a batch, at the first page read for a run of one scan
  let bars: cliProgress.MultiBar | null = null;
  let bar: cliProgress.SingleBar | null = null;
  /** The bar counts pages (a run of one input) rather than inputs. */
  let ofPages = false;
  const start = (count: number, format: string) => {
    bars = new cliProgress.MultiBar({ stream, format, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
    bar = bars.create(count, 0, { file: '', pages: '' });
  };
  if (total >= 2) start(total, 'vanban {bar} {value}/{total} {file}{pages}');
  let stopped = false;
  // lines logged above the bar are printed at its next redraw: print them now, and straight once it is gone
  const log = (line: string) => {
    if (stopped || !bars) return plain(line);
    bars.log(`${line}\n`);
  };
  return {
    done(line) {
      log(line);
      if (!ofPages) bar?.increment(1, { file: line.slice(2, 60), pages: '' });
    },
    note: log,
    pages(file, done, count) {
      if (stopped) return;
      if (!bar && total < 2) {
        ofPages = true;
        start(count, 'vanban OCR {bar} page {value}/{total} {file}');
      }
      if (ofPages) bar?.update(done, { file: file.slice(0, 58) });
      else bar?.update({ pages: ` · OCR ${file.slice(0, 40)} page ${done}/${count}` });
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      if (!bars) return;
      const open: cliProgress.MultiBar = bars;
      open.update(); // flush the lines still waiting for a redraw
      open.stop();
    },
  };
}
