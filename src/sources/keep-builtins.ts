/**
 * pdf.js's legacy build (inside pdf-parse) brings core-js, which on loading replaces built-ins that
 * Node already has by JavaScript versions of its own, for the whole process: `Array.prototype.push`,
 * `JSON.parse`, `Function.prototype.toString`. After one PDF, every later text document in the same
 * process (a CLI worker's next files, a library user's next `parse()`) ran 1.13× as long: `push` is in
 * every loop. `keepingBuiltins` runs such a reader and puts back each built-in it replaced; what it
 * added (methods this Node lacks) stays.
 */

/** The built-in objects whose own properties are put back. */
const GUARDED: readonly object[] = [
  Array,
  Array.prototype,
  Function.prototype,
  JSON,
  Math,
  Number,
  Number.prototype,
  Object,
  Object.prototype,
  Promise,
  Promise.prototype,
  Map.prototype,
  Set.prototype,
  RegExp.prototype,
  String,
  String.prototype,
  Uint8Array,
  Uint8Array.prototype,
];

type Snapshot = Array<Map<PropertyKey, PropertyDescriptor>>;

const snapshot = (): Snapshot =>
  GUARDED.map((target) => new Map(Reflect.ownKeys(target).map((key) => [key, Object.getOwnPropertyDescriptor(target, key)!])));

const same = (a: PropertyDescriptor | undefined, b: PropertyDescriptor) => a !== undefined && Object.is(a.value, b.value) && a.get === b.get && a.set === b.set;

/** The built-ins as they were when vanban was loaded, before any reader could replace them. */
const NATIVE = snapshot();

/**
 * Runs `work` (a reader that loads pdf.js or tesseract.js, and reads with it) and then puts back
 * each built-in that was as loaded when `work` began and was replaced during it. A built-in someone
 * else replaced before (a user's own patch) is left as it is; so is one added.
 */
export async function keepingBuiltins<T>(work: () => Promise<T>): Promise<T> {
  const before = snapshot();
  try {
    return await work();
  } finally {
    GUARDED.forEach((target, k) => {
      for (const [key, native] of NATIVE[k]!) {
        const was = before[k]!.get(key);
        const now = Object.getOwnPropertyDescriptor(target, key);
        if (!same(was, native) || same(now, native) || (now && !now.configurable)) continue;
        Object.defineProperty(target, key, native);
      }
    });
  }
}
