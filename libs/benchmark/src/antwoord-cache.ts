/**
 * The computed benchmark answers of this process, per key. The key holds the version of the
 * snapshots that the database reported in the request itself (see BenchmarkService.versie), so a
 * finished recomputation gives a new key at once, on every replica: an old entry is never served
 * again, it only ages out. Bounded (least recently used leaves first) so many periods, code lists
 * and callers cannot grow the process.
 */
export class AntwoordCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly max = 256) {}

  /** The cached answer for `key`, or `compute()`'s; concurrent misses share one computation, a failure is not kept. */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      // Move to the back: Map keeps insertion order, so the front is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const promise = compute();
    this.entries.set(key, promise);
    promise.catch(() => {
      if (this.entries.get(key) === promise) this.entries.delete(key);
    });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return promise;
  }

  get size(): number {
    return this.entries.size;
  }
}
