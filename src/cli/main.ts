import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import pkg from '../../package.json';
import { EXPORT_FORMATS, type ExportFormat, needsOut } from '../export/formats.js';

// each command loads what it needs when it runs (dynamic imports, separate chunks of the bundle):
// `--version` and `--help` load commander and package.json only

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of 1 or more');
  return n;
}

/** `--date`: a real calendar day written yyyy-mm-dd. */
function isoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError('a date written yyyy-mm-dd, such as 2024-06-01');
  return value;
}

// a reader that stops early (`vanban … | head`) closes the pipe: end quietly, as other tools do
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const program = new Command()
  .name('vanban')
  .description('Turn Vietnamese administrative documents of BHXH into typed, validated JSON')
  .version(pkg.version)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('normalize')
  .description('parse files, folders or globs: one JSON file each, or NDJSON on stdout')
  .argument('<inputs...>', 'files, folders (their .txt .md .html .pdf .docx .png .jpg .tif) or globs; - for standard input')
  .option('-o, --out <dir>', 'folder for the output files (needed with --format json, xlsx and md)')
  .addOption(
    new Option('-f, --format <format>', 'json: a file per input in --out; ndjson: one line per document on stdout; csv: the task rows on stdout, or tasks.csv in --out; xlsx: tasks.xlsx in --out; md: a Markdown file per input in --out')
      .choices(['json', 'ndjson', ...EXPORT_FORMATS])
      .default('json'),
  )
  .addOption(new Option('--input-format <format>', 'documents: each input is one document; ndjson: each input (a file, or - for standard input) holds one JSON object a line, {"name": …, "text": …} or {"name": …, "base64": …}').choices(['documents', 'ndjson']).default('documents'))
  .option('--merge', 'xlsx: one sheet for the whole batch instead of one per document', false)
  .option('-c, --concurrency <n>', 'documents parsed at once, each in a worker thread of its own (1: in the main thread)', positiveInt, availableParallelism())
  .option('--strict', 'count a document with warnings as failed (exit 1)', false)
  .option('--keep-extension', 'name every output <name with its extension>.json (x.txt → x.txt.json), not only those whose names clash', false)
  .addOption(new Option('--ocr <mode>', 'OCR of scans: auto (pages without text), force (every PDF page), off').choices(['auto', 'force', 'off']).default('auto'))
  .action(async (inputs: string[], opts: { out?: string; format: 'json' | 'ndjson' | ExportFormat; concurrency: number; strict: boolean; merge: boolean; ocr: 'auto' | 'force' | 'off'; keepExtension: boolean; inputFormat: 'documents' | 'ndjson' }) => {
    if ((opts.format === 'json' || (opts.format !== 'ndjson' && needsOut(opts.format))) && !opts.out) {
      process.stderr.write(`vanban normalize: --out <dir> is needed with --format ${opts.format} (or use --format ndjson or csv, which can go to stdout)\n`);
      process.exitCode = 2;
      return;
    }
    const [{ normalizeCommand }, { createProgress }] = await Promise.all([import('./normalize.js'), import('./progress.js')]);
    const { exitCode } = await normalizeCommand(inputs, {
      ...opts,
      progress: (total) => createProgress(total),
      stdout: process.stdout,
    });
    process.exitCode = exitCode;
  });

program
  .command('view')
  .description('write one self-contained HTML page per input showing what was read: the metadata, the task tables, the text with its citations and units marked, the diagnostics')
  .argument('<inputs...>', 'files, folders or globs, as for normalize')
  .requiredOption('-o, --out <dir>', 'folder for the HTML pages')
  .option('--annotate', 'HTML inputs: write the page itself back, its citations and units marked (NAME.annotated.html)', false)
  .action(async (inputs: string[], opts: { out: string; annotate: boolean }) => {
    const [{ viewCommand }, { createProgress }] = await Promise.all([import('./view.js'), import('./progress.js')]);
    const { exitCode } = await viewCommand(inputs, { out: opts.out, annotate: opts.annotate, progress: (total) => createProgress(total) });
    process.exitCode = exitCode;
  });

program
  .command('schema')
  .description('print the JSON Schema of the output')
  .action(async () => {
    const { jsonSchema } = await import('../schema/json-schema.js');
    process.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
  });

program
  .command('units')
  .description('list the unit registry (ids, names, aliases, periods)')
  .option('--json', 'as JSON', false)
  .option('--date <yyyy-mm-dd>', 'only the units valid on this date', isoDate)
  .action(async (opts: { json: boolean; date?: string }) => {
    const { unitsCommand } = await import('./units.js');
    process.stdout.write(unitsCommand(opts));
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with code 0; bad usage with code 2
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`vanban: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
