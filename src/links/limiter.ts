/**
 * Runs tasks with at most `concurrency` at once overall and `perHost` at once for any one key (a
 * URL's `host`, hostname:port). A waiting task never holds a slot, so a busy host does not stall
 * others; hosts take turns, so one host with many URLs does not starve the rest.
 */
export interface Limiter {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export function createLimiter(concurrency: number, perHost: number): Limiter {
  if (!(concurrency >= 1) || !(perHost >= 1)) throw new RangeError('concurrency and perHost must be at least 1');
  let active = 0;
  const activeByKey = new Map<string, number>();
  /** Waiting starts per key, in arrival order; Map order is the turn order of keys. */
  const queues = new Map<string, (() => void)[]>();

  const pump = () => {
    for (const [key, queue] of queues) {
      if (active >= concurrency) return;
      if ((activeByKey.get(key) ?? 0) >= perHost) continue;
      const start = queue.shift();
      queues.delete(key);
      // Back of the line, so the next free slot goes to another host first.
      if (queue.length > 0) queues.set(key, queue);
      start?.();
    }
  };

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          active += 1;
          activeByKey.set(key, (activeByKey.get(key) ?? 0) + 1);
          task()
            .then(resolve, reject)
            .finally(() => {
              active -= 1;
              const left = (activeByKey.get(key) ?? 1) - 1;
              if (left === 0) activeByKey.delete(key);
              else activeByKey.set(key, left);
              pump();
            });
        };
        const queue = queues.get(key) ?? [];
        queue.push(start);
        queues.set(key, queue);
        pump();
      });
    },
  };
}
