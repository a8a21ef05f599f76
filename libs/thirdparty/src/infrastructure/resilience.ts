import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  TaskCancelledError,
  TimeoutStrategy,
  circuitBreaker,
  handleWhen,
  retry,
  timeout,
  wrap,
  type IPolicy,
} from 'cockatiel';
import { ProviderRejectedError, ProviderUnavailableError } from '../application/providers.js';

export interface ResilienceSettings {
  /** How long one attempt may take. */
  timeoutMs: number;
  /** Attempts in all (1: no retry) for a call that may be repeated safely. */
  attempts: number;
  /** Consecutive failed attempts that open the circuit. */
  breakAfter: number;
  /** How long the circuit stays open before one trial call (half-open). */
  halfOpenAfterMs: number;
}

/** The provider answered 5xx or could not be reached: counted by the breaker, retried. */
export class ProviderFault extends Error {}

export type CircuitView = 'closed' | 'open' | 'half-open';

/**
 * One provider's calls: a timeout on each attempt, retries with exponential backoff (for calls
 * that are safe to repeat), and a circuit breaker that opens after `breakAfter` consecutive
 * failed attempts and lets one trial call through after `halfOpenAfterMs` (cockatiel). While it
 * is open, calls fail at once with ProviderUnavailableError naming the provider (503).
 */
export class ResilientCalls {
  private readonly breaker;
  private readonly once: IPolicy;
  private readonly repeated: IPolicy;

  constructor(
    readonly provider: string,
    private readonly settings: ResilienceSettings,
  ) {
    const failed = handleWhen((e) => e instanceof ProviderFault || e instanceof TaskCancelledError);
    this.breaker = circuitBreaker(failed, {
      halfOpenAfter: settings.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(settings.breakAfter),
    });
    const perAttempt = timeout(settings.timeoutMs, TimeoutStrategy.Aggressive);
    this.once = wrap(this.breaker, perAttempt);
    this.repeated = wrap(
      retry(failed, {
        maxAttempts: Math.max(0, settings.attempts - 1),
        backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 500 }),
      }),
      this.breaker,
      perAttempt,
    );
  }

  get circuit(): CircuitView {
    switch (this.breaker.state) {
      case CircuitState.Closed:
        return 'closed';
      case CircuitState.HalfOpen:
        return 'half-open';
      default:
        return 'open';
    }
  }

  /** Runs `call` (given the attempt's abort signal); `idempotent` calls are retried. */
  async run<T>(idempotent: boolean, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    try {
      return await (idempotent ? this.repeated : this.once).execute(({ signal }) => call(signal));
    } catch (error) {
      if (error instanceof BrokenCircuitError)
        throw new ProviderUnavailableError(
          this.provider,
          `circuit open after repeated failures (next trial within ${Math.ceil(this.settings.halfOpenAfterMs / 1000)} s)`,
        );
      if (error instanceof TaskCancelledError)
        throw new ProviderUnavailableError(
          this.provider,
          `no answer within ${this.settings.timeoutMs} ms`,
        );
      if (error instanceof ProviderFault)
        throw new ProviderUnavailableError(this.provider, error.message);
      throw error;
    }
  }
}

/**
 * JSON over HTTP to a provider, through `calls`: 5xx and network errors are faults (retried,
 * counted), 4xx is the provider refusing the request (ProviderRejectedError), 2xx the answer.
 */
export async function providerJson<T>(
  calls: ResilientCalls,
  idempotent: boolean,
  url: string,
  init: { method: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> },
): Promise<T> {
  return calls.run(idempotent, async (signal) => {
    let res: Response;
    try {
      res = await fetch(url, {
        method: init.method,
        headers: { 'content-type': 'application/json', ...init.headers },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw new TaskCancelledError();
      throw new ProviderFault(`unreachable (${(error as Error).message})`);
    }
    const text = await res.text();
    if (res.status >= 500) throw new ProviderFault(`answered ${res.status}`);
    if (res.status >= 400) {
      let message = text.slice(0, 200);
      try {
        const given = (JSON.parse(text) as { message?: unknown }).message;
        if (typeof given === 'string') message = given;
      } catch {
        // not JSON: the text as it came
      }
      throw new ProviderRejectedError(calls.provider, message);
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ProviderFault('answered something that is not JSON');
    }
  });
}
