import { PictureStore } from './picture-store';

/** A promise with its resolve function, to hold a computation until the test lets it go. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** A store over a value the test changes, counting computations and how many overlap. */
function storeOver(coalesceMs = 20) {
  const state = { value: 0, computations: 0, active: 0, maxActive: 0 };
  const errors: unknown[] = [];
  let failNext = false;
  const store = new PictureStore<number>({
    name: 'test',
    coalesceMs,
    onError: (error) => errors.push(error),
    compute: async () => {
      state.computations += 1;
      state.active += 1;
      state.maxActive = Math.max(state.maxActive, state.active);
      const value = state.value;
      await Promise.resolve();
      state.active -= 1;
      if (failNext) {
        failNext = false;
        throw new Error('database gone');
      }
      return value;
    },
  });
  return {
    store,
    state,
    errors,
    failNextComputation: () => {
      failNext = true;
    },
    /** A committed write: the value changes, then the store hears of it. */
    write(value: number) {
      state.value = value;
      store.changed();
    },
  };
}

describe('PictureStore', () => {
  let stores: PictureStore<number>[] = [];
  const tracked = (subject: ReturnType<typeof storeOver>) => {
    stores.push(subject.store);
    return subject;
  };
  afterEach(async () => {
    await Promise.all(stores.map((store) => store.close()));
    stores = [];
  });

  it('waits for the first picture, then answers from memory', async () => {
    const { store, state } = tracked(storeOver());
    state.value = 7;
    expect(await store.read()).toBe(7);
    expect(await store.read()).toBe(7);
    expect(state.computations).toBe(1);
  });

  it('shows a reader every change made before the read', async () => {
    const { store, write } = tracked(storeOver());
    await store.read();
    write(1);
    expect(await store.read()).toBe(1);
    write(2);
    write(3);
    expect(await store.read()).toBe(3);
  });

  it('covers a burst of changes with a handful of computations, never two at once', async () => {
    const { store, state, write } = tracked(storeOver());
    await store.read();
    const before = state.computations;
    for (let index = 1; index <= 100; index += 1) {
      write(index);
      // Let the event loop run between writes, as between requests.
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await store.read()).toBe(100);
    expect(state.computations - before).toBeGreaterThanOrEqual(1);
    expect(state.computations - before).toBeLessThanOrEqual(5);
    expect(state.maxActive).toBe(1);
  });

  it('computes once more for changes made while a computation ran', async () => {
    const { store, state, write } = tracked(storeOver(0));
    await store.read();
    const held = gate();
    const entered = gate();
    store.hooks.beforeCompute = () => {
      entered.open();
      return held.promise;
    };
    write(1);
    await entered.promise;
    store.hooks.beforeCompute = undefined;
    write(2);
    write(3);
    const reading = store.read();
    held.open();
    expect(await reading).toBe(3);
    await store.settled();
    expect(state.computations).toBe(3);
    expect(state.maxActive).toBe(1);
  });

  it('gives readers the last picture while the clock moves it', async () => {
    const { store, state } = tracked(storeOver());
    state.value = 1;
    await store.read();
    const held = gate();
    const entered = gate();
    store.hooks.beforeCompute = () => {
      entered.open();
      return held.promise;
    };
    state.value = 2;
    const next = store.computed();
    store.timePassed();
    await entered.promise;
    expect(store.computing).toBe(true);
    expect(await store.read()).toBe(1);
    held.open();
    expect(await next).toBe(2);
    expect(await store.read()).toBe(2);
  });

  it('keeps the last picture when a recomputation fails, and tells the waiting readers', async () => {
    const { store, errors, write, failNextComputation } = tracked(storeOver(0));
    write(1);
    expect(await store.read()).toBe(1);
    failNextComputation();
    write(2);
    await expect(store.read()).rejects.toThrow('database gone');
    expect(errors).toHaveLength(1);
    // What degraded mode shows meanwhile: the last picture computed, without the change.
    expect(store.fresh()).toBeUndefined();
    expect(store.lastComputed()).toBe(1);
    // The next reader tries again.
    expect(await store.read()).toBe(2);
  });

  it('fails waiting readers and starts nothing once closed', async () => {
    const { store, state, write } = tracked(storeOver(10_000));
    await store.read();
    write(1);
    const reading = store.read();
    await store.close();
    await expect(reading).rejects.toThrow('closed');
    store.changed();
    await store.settled();
    expect(state.computations).toBe(1);
  });
});
