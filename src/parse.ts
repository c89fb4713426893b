import { createHash } from 'node:crypto';
import { unified } from 'unified';
import type { Plugin } from 'unified';
import { VFile } from 'vfile';
import { compileDocument } from './compile.js';
import { VanbanError } from './errors.js';
import { normalize } from './normalize/index.js';
import { defaultUnitRegistry, type UnitRegistry } from './registry/units.js';
import type { Decision, Source } from './schema/decision.js';
import { decodeText } from './sources/decode.js';
import { sourceText } from './sources/text.js';
import type { LineNode, RootNode } from './tree.js';

declare module 'unified' {
  interface CompileResultMap {
    Decision: Decision;
  }
}

export interface ParseOptions {
  /** The input's name (a file name), for `source.name` and error messages. */
  name?: string | null;
  /** The unit registry to read unit names with; defaults to BHXH's. */
  registry?: UnitRegistry;
}

const compiler: Plugin<[{ source: Source; registry: UnitRegistry }], RootNode, Decision> = function (options) {
  this.compiler = (tree, file) => compileDocument((tree as RootNode).children as LineNode[], file, options);
};

/**
 * Parses one document (text, or its bytes) into the typed contract object. Problems inside a
 * readable document become `diagnostics`; input that cannot be read at all throws a `VanbanError`.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Decision {
  const name = options.name ?? null;
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const text = decodeText(input, { file: name });
  const source: Source = { name, format: 'text', sha256: createHash('sha256').update(bytes).digest('hex') };
  const file = new VFile({ value: text, path: name ?? undefined });
  const processor = unified()
    .use(sourceText)
    .use(normalize)
    .use(compiler, { source, registry: options.registry ?? defaultUnitRegistry });
  try {
    const result = processor.processSync(file);
    return result.result as Decision;
  } catch (error) {
    if (error instanceof VanbanError) throw error;
    throw new VanbanError('read-failed', `could not parse: ${(error as Error).message}`, { file: name, cause: error });
  }
}
