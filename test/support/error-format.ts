import type request from 'supertest';

/** Asserts the one error format: status repeated, status text, a message matching `message`. */
export function expectErrorBody(
  res: request.Response,
  status: number,
  message?: string | RegExp,
): void {
  expect({ status: res.status, body: res.body }).toEqual({
    status,
    body: {
      status,
      error: expect.any(String),
      message: expect.any(String),
      path: expect.any(String),
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    },
  });
  if (message) expect(res.body.message).toMatch(message);
}
