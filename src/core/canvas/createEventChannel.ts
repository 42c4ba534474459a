/** A push-to-pull queue: producers (concurrent branches) push, one consumer awaits `next()` in order. */
export interface EventChannel<T> {
  push(value: T): void;
  /** No more values; pending and later `next()` calls resolve with `done`. */
  close(): void;
  next(): Promise<IteratorResult<T, undefined>>;
}

/** Creates an unbounded channel; values pushed before anyone waits are buffered in order. */
export function createEventChannel<T>(): EventChannel<T> {
  const buffer: T[] = [];
  const waiting: Array<(result: IteratorResult<T, undefined>) => void> = [];
  let closed = false;
  return {
    push(value) {
      if (closed) return;
      const resolve = waiting.shift();
      if (resolve) resolve({ done: false, value });
      else buffer.push(value);
    },
    close() {
      closed = true;
      for (const resolve of waiting.splice(0)) resolve({ done: true, value: undefined });
    },
    next() {
      if (buffer.length > 0) return Promise.resolve({ done: false, value: buffer.shift() as T });
      if (closed) return Promise.resolve({ done: true, value: undefined });
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
