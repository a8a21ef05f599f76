/** A JSON answer: its status and parsed body. */
export interface Answer<B = Record<string, unknown>> {
  status: number;
  body: B;
}

/**
 * One JSON request to a shop started as a process (`http` its base URL), with the buyer's token
 * when given; at most 60 s, so a hung server fails the test instead of the suite's timeout.
 */
export async function call<B = Record<string, unknown>>(
  http: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<B>> {
  const res = await fetch(`${http}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, body: (await res.json()) as B };
}
