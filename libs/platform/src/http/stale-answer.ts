/** What a route that may answer stale sets on its response (Fastify's reply fits). */
interface HeaderTarget {
  header(name: string, value: string): unknown;
}

/** RFC 7234 §5.5.1 warn-code 110: the answer is older than its source's current state. */
export const STALE_WARNING = '110 - "Response is Stale"';

/**
 * Marks a stale answer with the standard headers: `Age` (RFC 9111 §5.1, whole seconds since the
 * value was read from its source) and `Warning: 110 - "Response is Stale"` (RFC 7234 §5.5.1).
 * A fresh answer (`staleAsOf` undefined) gets neither.
 */
export function markStale(response: HeaderTarget, staleAsOf: Date | undefined, now = Date.now()) {
  if (!staleAsOf) return;
  const age = Math.max(0, Math.floor((now - staleAsOf.getTime()) / 1000));
  response.header('Age', String(age));
  response.header('Warning', STALE_WARNING);
}

/** The headers of a possibly stale answer, for `@ApiOkResponse({ headers })`. */
export const STALE_ANSWER_HEADERS = {
  Age: {
    description:
      'Only on a stale answer (STOCK_READS=ap, the inventory unreachable): seconds since the ' +
      'value was read from the inventory (RFC 9111 §5.1)',
    schema: { type: 'integer', example: 12 },
  },
  Warning: {
    description: 'Only on a stale answer: 110 - "Response is Stale" (RFC 7234 §5.5.1)',
    schema: { type: 'string', example: STALE_WARNING },
  },
} as const;
