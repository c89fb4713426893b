/** A system error's message with its code (`EACCES`, `EISDIR` …) in front, where it has one. */
export function ioMessage(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const message = e?.message ?? String(error);
  return e?.code && !message.startsWith(e.code) ? `${e.code}: ${message}` : message;
}
