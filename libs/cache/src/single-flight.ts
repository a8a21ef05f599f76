interface Flight {
  promise: Promise<unknown>;
}

/**
 * Concurrent calls for one key share one execution: the first runs `fn`, the others get its
 * promise (the Go singleflight idea). `forget(key)` detaches the running one: later calls start
 * afresh, and its `isCurrent()` turns false, so it knows not to store what it found.
 */
export class SingleFlight {
  private readonly flights = new Map<string, Flight>();

  run<T>(key: string, fn: (isCurrent: () => boolean) => Promise<T>): Promise<T> {
    const running = this.flights.get(key);
    if (running) return running.promise as Promise<T>;
    const flight: Flight = { promise: Promise.resolve() };
    const isCurrent = () => this.flights.get(key) === flight;
    this.flights.set(key, flight);
    const promise = (async () => {
      try {
        return await fn(isCurrent);
      } finally {
        if (isCurrent()) this.flights.delete(key);
      }
    })();
    flight.promise = promise;
    return promise;
  }

  forget(key: string): void {
    this.flights.delete(key);
  }

  /** Keys with an execution in flight. */
  get size(): number {
    return this.flights.size;
  }
}
