import { performance } from 'node:perf_hooks';

export interface PictureStoreOptions<T> {
  /** For log lines. */
  name: string;
  /** Builds the picture from the database; each call gets fresh loaders. */
  compute: () => Promise<T>;
  /** How long the first change of a burst waits for the rest before the recomputation starts. */
  coalesceMs: number;
  onError: (error: unknown) => void;
}

/** Seams for tests: called around every computation, so one can be held up or observed. */
export interface PictureHooks {
  beforeCompute?: () => Promise<void> | void;
  afterCompute?: () => void;
}

interface Waiter<T> {
  /** The number of changes the picture must cover. */
  needs: number;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * One picture kept in memory and recomputed after changes (see docs/adr/0003):
 *
 * - Every committed change counts up `changes`. A computation covers the changes counted when
 *   it started, because it reads the database after they committed.
 * - A read is answered from memory when the picture covers every change heard so far. Otherwise
 *   it waits for the computation that covers them (read your writes). Time passing does not
 *   make a reader wait: it gets the last picture while the next one is computed.
 * - At most one computation runs at a time. Changes during a computation, or within
 *   `coalesceMs` of the first change of a burst, are covered by one more computation, which
 *   starts no sooner after the last one ended than that one took.
 */
export class PictureStore<T> {
  hooks: PictureHooks = {};
  private current: { value: T; covers: number } | undefined;
  private changes = 0;
  /** What the latest started computation covers; -1 before the first. */
  private startedCovers = -1;
  /** When the oldest change not covered by a started computation arrived. */
  private pendingSince: number | undefined;
  private timeDue = false;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private waiters: Waiter<T>[] = [];
  private nextComputed: ((value: T) => void)[] = [];
  private listeners: ((value: T) => void)[] = [];
  private idle: (() => void)[] = [];
  private closed = false;
  private computations = 0;
  private lastEndedAt = 0;
  private lastDuration = 0;

  constructor(private readonly options: PictureStoreOptions<T>) {}

  get name(): string {
    return this.options.name;
  }

  /** How many computations have started since the application started. */
  get recomputations(): number {
    return this.computations;
  }

  get computing(): boolean {
    return this.running !== undefined;
  }

  /** A committed change (here or on another instance) may have changed the picture. */
  changed(): void {
    if (this.closed) return;
    this.changes += 1;
    this.pendingSince ??= performance.now();
    this.schedule();
  }

  /** Time alone may have changed the picture; readers keep the last one meanwhile. */
  timePassed(): void {
    if (this.closed) return;
    this.timeDue = true;
    this.schedule();
  }

  /**
   * The current picture when it covers every change heard so far, else undefined: what `read`
   * would answer at once. Answers rendered from a picture are valid while this is that picture.
   */
  fresh(): T | undefined {
    const current = this.current;
    return current && current.covers >= this.changes ? current.value : undefined;
  }

  /**
   * The last picture computed, whether or not it covers every change heard since: what there
   * is to show when the next one cannot be computed (the database is unreachable).
   */
  lastComputed(): T | undefined {
    return this.current?.value;
  }

  /** The current picture; waits only while there is none or it misses a known change. */
  read(): Promise<T> {
    const current = this.current;
    if (current && current.covers >= this.changes) return Promise.resolve(current.value);
    if (this.closed) return Promise.reject(new Error(`The ${this.name} picture is closed`));
    return new Promise<T>((resolve, reject) => {
      this.waiters.push({ needs: this.changes, resolve, reject });
      this.schedule();
    });
  }

  /** The next picture computed from now on. */
  computed(): Promise<T> {
    return new Promise<T>((resolve) => this.nextComputed.push(resolve));
  }

  /** Calls `listener` with every picture computed from now on; returns how to stop. */
  onComputed(listener: (value: T) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((other) => other !== listener);
    };
  }

  /** Resolves once no computation runs or is waiting to start. */
  settled(): Promise<void> {
    if (!this.running && !this.timer) return Promise.resolve();
    return new Promise<void>((resolve) => this.idle.push(resolve));
  }

  /** Stops scheduling, fails waiting readers and waits for a running computation to end. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    const waiters = this.waiters.splice(0);
    for (const waiter of waiters) waiter.reject(new Error(`The ${this.name} picture is closed`));
    await this.running;
    this.flushIdle();
  }

  private schedule(): void {
    if (this.closed || this.running || this.timer) return;
    const changesWaiting = this.changes > this.startedCovers;
    if (!changesWaiting && !this.timeDue && this.waiters.length === 0) {
      this.flushIdle();
      return;
    }
    // Changes wait out the window so that a burst costs one computation, and at least as long
    // as the last computation took, so that recomputing never takes more than half the time:
    // when computing gets slow (much data, a busy database) more changes share one instead of
    // slowing the writes down. A first picture and a time tick do not wait.
    const delay =
      changesWaiting && this.current && this.pendingSince !== undefined
        ? Math.max(
            0,
            this.pendingSince + this.options.coalesceMs - performance.now(),
            this.lastEndedAt + this.lastDuration - performance.now(),
          )
        : 0;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.run().finally(() => {
        this.running = undefined;
        this.schedule();
      });
    }, delay);
    this.timer.unref();
  }

  private async run(): Promise<void> {
    const covers = this.changes;
    this.startedCovers = covers;
    this.pendingSince = undefined;
    this.timeDue = false;
    this.computations += 1;
    let startedAt = performance.now();
    try {
      await this.hooks.beforeCompute?.();
      startedAt = performance.now();
      const value = await this.options.compute();
      this.current = { value, covers };
      this.settleWaiters(covers, (waiter) => waiter.resolve(value));
      for (const resolve of this.nextComputed.splice(0)) resolve(value);
      for (const listener of this.listeners) listener(value);
    } catch (error) {
      // The last picture stays; the readers who needed this one hear why they do not get it.
      this.options.onError(error);
      this.settleWaiters(covers, (waiter) => waiter.reject(error));
    } finally {
      this.lastEndedAt = performance.now();
      this.lastDuration = this.lastEndedAt - startedAt;
      this.hooks.afterCompute?.();
    }
  }

  private settleWaiters(covers: number, settle: (waiter: Waiter<T>) => void): void {
    const served = this.waiters.filter((waiter) => waiter.needs <= covers);
    this.waiters = this.waiters.filter((waiter) => waiter.needs > covers);
    for (const waiter of served) settle(waiter);
  }

  private flushIdle(): void {
    for (const resolve of this.idle.splice(0)) resolve();
  }
}
