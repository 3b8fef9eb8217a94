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

export function topK<T>(limit: number, better: (a: T, b: T) => boolean): TopK<T> {
  const heap: T[] = [];
  const swap = (i: number, j: number) => {
    const held = heap[i] as T;
    heap[i] = heap[j] as T;
    heap[j] = held;
  };
  const up = (at: number) => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!better(heap[parent] as T, heap[at] as T)) return;
      swap(at, parent);
      at = parent;
    }
  };
  const down = (at: number) => {
    for (;;) {
      const left = at * 2 + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && better(heap[worst] as T, heap[left] as T)) worst = left;
      if (right < heap.length && better(heap[worst] as T, heap[right] as T)) worst = right;
      if (worst === at) return;
      swap(at, worst);
      at = worst;
    }
  };
  return {
    /** Whether offer(item) would keep it: lets a caller skip building an item that would be dropped. */
    accepts(item) {
      return limit > 0 && (heap.length < limit || better(item, heap[0] as T));
    },
    /** The kept item a newcomer must beat once the heap is full (undefined before): lets a caller compare inline. */
    worst() {
      return limit > 0 && heap.length >= limit ? heap[0] : undefined;
    },
    offer(item) {
      if (limit <= 0) return;
      if (heap.length < limit) {
        heap.push(item);
        up(heap.length - 1);
      } else if (better(item, heap[0] as T)) {
        heap[0] = item;
        down(0);
      }
    },
    sorted() {
      return [...heap].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
    },
  };
}
