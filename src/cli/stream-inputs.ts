import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/**
 * One document of a run that is not a file of its own: standard input (`-`), or one line of an
 * NDJSON input (`--input-format ndjson`). `label` names it in messages (`stdin`, `batch.ndjson:3`);
 * `name` is the document's name (`source.name`, the format hint, the output's name).
 */
export type StreamItem = { label: string; name: string; bytes: string | Uint8Array } | { label: string; error: string };

/** The whole of a stream as bytes. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** One NDJSON line to a document, or what is wrong with it. */
export function lineItem(line: string, label: string): StreamItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { label, error: `invalid-line: not JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { label, error: 'invalid-line: not a JSON object { "name": …, "text" or "base64": … }' };
  const { name, text, base64 } = value as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return { label, error: 'invalid-line: no "name" (a non-empty string)' };
  if ((text === undefined) === (base64 === undefined)) return { label, error: 'invalid-line: give exactly one of "text" (the document as a string) and "base64" (its bytes)' };
  if (text !== undefined) return typeof text === 'string' ? { label, name, bytes: text } : { label, error: 'invalid-line: "text" is not a string' };
  const compact = typeof base64 === 'string' ? base64.replace(/\s+/g, '') : null;
  if (compact === null || compact.length % 4 !== 0 || !BASE64.test(compact)) return { label, error: 'invalid-line: "base64" is not base64' };
  return { label, name, bytes: Buffer.from(compact, 'base64') };
}

/** The documents of an NDJSON stream, one a line, in order; blank lines are skipped. `source` names the stream in labels. */
export async function* ndjsonItems(stream: Readable, source: string): AsyncGenerator<StreamItem> {
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (line.trim() === '') continue;
    yield lineItem(line, `${source}:${n}`);
  }
}
