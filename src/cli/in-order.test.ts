import { describe, expect, it } from 'vitest';
import { inOrder } from './in-order.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The numbers 0…n−1 as an async source that counts how many were taken. */
function counted(n: number) {
  const state = { taken: 0 };
  async function* source() {
    for (let i = 0; i < n; i++) {
      state.taken++;
      yield i;
    }
  }
  return { state, source: source() };
}

describe('inOrder', () => {
  it('emits every result in input order whatever order the work ends in', async () => {
    const { source } = counted(60);
    const emitted: number[] = [];
    // later items finish first: item i waits (60 - i) % 7 ms
    await inOrder(source, 4, async (i) => (await tick((60 - i) % 7), i * 10), async (r) => void emitted.push(r));
    expect(emitted).toEqual(Array.from({ length: 60 }, (_, i) => i * 10));
  });

  it('runs at most `limit` items at once', async () => {
    const { source } = counted(30);
    let running = 0;
    let most = 0;
    await inOrder(
      source,
      3,
      async (i) => {
        most = Math.max(most, ++running);
        await tick(i % 3);
        running--;
        return i;
      },
      async () => undefined,
    );
    expect(most).toBe(3);
  });

  it('takes no new item while `window` results wait behind a slow one', async () => {
    const { state, source } = counted(200);
    let emitted = 0;
    let mostAhead = 0;
    await inOrder(
      source,
      2,
      async (i) => {
        // how far the source has been read past the last result written
        mostAhead = Math.max(mostAhead, state.taken - emitted);
        // item 0 takes long, the others are quick: without the window the other slot would read all 200
        await tick(i === 0 ? 60 : 0);
        return i;
      },
      async () => {
        emitted++;
      },
      4,
    );
    expect(emitted).toBe(200);
    expect(state.taken).toBe(200);
    expect(mostAhead).toBeLessThanOrEqual(4);
  });

  it('gives up on the first failure of the work, after the results before it', async () => {
    const { source } = counted(20);
    const emitted: number[] = [];
    await expect(
      inOrder(
        source,
        2,
        async (i) => {
          if (i === 5) throw new Error('boom');
          return i;
        },
        async (r) => void emitted.push(r),
      ),
    ).rejects.toThrow('boom');
    expect(emitted.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(emitted).not.toContain(5);
  });
});
