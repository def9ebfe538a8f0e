/**
 * The computed benchmark answers of this process, per key. The key holds the version of the
 * snapshots that the database reported in the request itself (see BenchmarkService.versie), so a
 * finished recomputation gives a new key at once, on every replica: an old entry is never served
 * again, it only ages out. Bounded (least recently used leaves first) so many periods, code lists
 * and callers cannot grow the process: at most `max` entries and, for values stored with a weight
 * (set), at most `maxWeight` in total (e.g. the characters of serialised responses).
 */
export class AntwoordCache<T> {
  private readonly entries = new Map<string, Promise<T>>();
  private readonly weights = new Map<string, number>();
  private totalWeight = 0;

  constructor(
    private readonly max = 256,
    private readonly maxWeight = Number.POSITIVE_INFINITY,
  ) {}

  /** The cached answer for `key`, or `compute()`'s; concurrent misses share one computation, a failure is not kept. */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.peek(key);
    if (hit) return hit;
    const promise = compute();
    this.store(key, promise, 0);
    promise.catch(() => {
      if (this.entries.get(key) === promise) this.remove(key);
    });
    return promise;
  }

  /** The cached answer for `key` if there is one (it becomes the most recently used), without computing. */
  peek(key: string): Promise<T> | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Move to the back: Map keeps insertion order, so the front is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Stores a value that is already known (replacing one under `key`); heavier than `maxWeight` alone, it is not kept. */
  set(key: string, value: T, weight = 0): void {
    if (weight > this.maxWeight) return;
    this.store(key, Promise.resolve(value), weight);
  }

  get size(): number {
    return this.entries.size;
  }

  private store(key: string, promise: Promise<T>, weight: number): void {
    this.remove(key);
    this.entries.set(key, promise);
    if (weight > 0) {
      this.weights.set(key, weight);
      this.totalWeight += weight;
    }
    while (this.entries.size > this.max || this.totalWeight > this.maxWeight) this.remove(this.entries.keys().next().value!);
  }

  private remove(key: string): void {
    this.entries.delete(key);
    const weight = this.weights.get(key);
    if (weight !== undefined) {
      this.weights.delete(key);
      this.totalWeight -= weight;
    }
  }
}
