import { randomUUID } from 'node:crypto';

/**
 * The one shape of every integration event: what happened (a past-tense `type`, e.g.
 * OrderPlaced), when (UTC), what it carries, and trace headers. `id` is what consumers
 * de-duplicate on.
 */
export interface IntegrationEvent<P = unknown> {
  id: string;
  type: string;
  occurred_at: string;
  payload: P;
  headers: Record<string, string>;
}

export function newEvent<P>(
  type: string,
  payload: P,
  headers: Record<string, string> = {},
): IntegrationEvent<P> {
  return { id: randomUUID(), type, occurred_at: new Date().toISOString(), payload, headers };
}
