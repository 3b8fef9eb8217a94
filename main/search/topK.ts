/**
 * Keeps the best `limit` of a stream without sorting all of it: a min-heap whose root is
 * the worst kept item. Returns them best first.
 */
export interface TopK<T> {
  offer(item: T): void;
  accepts(item: T): boolean;
  worst(): T | undefined;
  sorted(): T[];
}

/**
 * A class, not closures made per call: every query's heap shares these methods, so the code V8
 * optimized while ranking one query is not thrown away at the next (a new closure is a "wrong
 * call target" to it, and the second search after a start ran slower than the first).
 */
class Heap<T> implements TopK<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly better: (a: T, b: T) => boolean,
  ) {}

  /** Whether offer(item) would keep it: lets a caller skip building an item that would be dropped. */
  accepts(item: T): boolean {
    const { heap, limit } = this;
    return limit > 0 && (heap.length < limit || this.better(item, heap[0] as T));
  }

  /** The kept item a newcomer must beat once the heap is full (undefined before): lets a caller compare inline. */
  worst(): T | undefined {
    return this.limit > 0 && this.heap.length >= this.limit ? this.heap[0] : undefined;
  }

  offer(item: T): void {
    const { heap, limit } = this;
    if (limit <= 0) return;
    if (heap.length < limit) {
      heap.push(item);
      this.up(heap.length - 1);
    } else if (this.better(item, heap[0] as T)) {
      heap[0] = item;
      this.down(0);
    }
  }

  sorted(): T[] {
    const { better } = this;
    return [...this.heap].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  }

  private up(from: number): void {
    const { heap, better } = this;
    let at = from;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!better(heap[parent] as T, heap[at] as T)) return;
      this.swap(at, parent);
      at = parent;
    }
  }

  private down(from: number): void {
    const { heap, better } = this;
    let at = from;
    for (;;) {
      const left = at * 2 + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && better(heap[worst] as T, heap[left] as T)) worst = left;
      if (right < heap.length && better(heap[worst] as T, heap[right] as T)) worst = right;
      if (worst === at) return;
      this.swap(at, worst);
      at = worst;
    }
  }

  private swap(i: number, j: number): void {
    const { heap } = this;
    const held = heap[i] as T;
    heap[i] = heap[j] as T;
    heap[j] = held;
  }
}

export function topK<T>(limit: number, better: (a: T, b: T) => boolean): TopK<T> {
  return new Heap(limit, better);
}
