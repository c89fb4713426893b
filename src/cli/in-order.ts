/**
 * Runs `work` over the items with at most `limit` at once, handing the results to `emit` in input
 * order, one `emit` at a time. Bounded however many items come: an item is taken from `items` only
 * when a slot is free, and only while fewer than `window` results (at least `limit`) wait for an
 * earlier one to be emitted, so a slow item holds back the reading of new ones rather than letting
 * finished results pile up behind it.
 */
export async function inOrder<T, R>(items: AsyncIterable<T>, limit: number, work: (item: T) => Promise<R>, emit: (result: R) => Promise<void>, window = 2 * limit): Promise<void> {
  const slots = Math.max(1, limit);
  const ahead = Math.max(slots, window);
  const results = new Map<number, R>();
  const source = items[Symbol.asyncIterator]();
  let taken = 0;
  let emitted = 0;
  let ended = false;
  let failure: unknown = null;
  /** Wakes the slots waiting for the window to move. */
  let moved: () => void = () => undefined;
  let movedOnce = new Promise<void>((resolve) => (moved = resolve));
  const signal = () => {
    moved();
    movedOnce = new Promise<void>((resolve) => (moved = resolve));
  };

  let emitting = Promise.resolve();
  const flush = () => {
    emitting = emitting.then(async () => {
      while (results.has(emitted)) {
        const r = results.get(emitted)!;
        results.delete(emitted);
        await emit(r);
        emitted++;
        signal();
      }
    });
    return emitting;
  };

  const slot = async () => {
    while (!ended && failure === null) {
      // wait while this item would run too far ahead of the last one emitted
      while (taken - emitted >= ahead && failure === null) await movedOnce;
      if (ended || failure !== null) break;
      // the i-th call gets the i-th item: an async generator answers its calls in order
      const i = taken++;
      const item = await source.next();
      if (item.done) {
        ended = true;
        signal();
        break;
      }
      results.set(i, await work(item.value));
      await flush();
    }
  };
  await Promise.all(
    Array.from({ length: slots }, () =>
      slot().catch((error: unknown) => {
        failure ??= error;
        signal();
      }),
    ),
  );
  await flush();
  if (failure !== null) throw failure;
}
