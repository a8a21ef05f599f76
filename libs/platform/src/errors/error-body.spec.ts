import { jest } from '@jest/globals';
import { errorBody, redactQuery } from './error-body.js';

describe('errorBody', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('repeats the status, names it, and stamps the time in UTC', () => {
    jest.useFakeTimers({ now: new Date('2026-11-25T07:00:00.000Z') });
    expect(
      errorBody(400, 'page_size must not be greater than 100', '/user/list?page_size=5000'),
    ).toStrictEqual({
      status: 400,
      error: 'Bad Request',
      message: 'page_size must not be greater than 100',
      path: '/user/list?page_size=5000',
      timestamp: '2026-11-25T07:00:00.000Z',
    });
  });

  it.each([
    [400, 'Bad Request'],
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [404, 'Not Found'],
    [409, 'Conflict'],
    [413, 'Payload Too Large'],
    [415, 'Unsupported Media Type'],
    [422, 'Unprocessable Entity'],
    [429, 'Too Many Requests'],
    [500, 'Internal Server Error'],
    [502, 'Bad Gateway'],
    [503, 'Service Unavailable'],
    [504, 'Gateway Timeout'],
  ])('names status %p %p', (status, text) => {
    expect(errorBody(status, 'x', '/').error).toBe(text);
  });

  it('answers a generic text for a status it does not know', () => {
    expect(errorBody(499, 'x', '/').error).toBe('Error');
    expect(errorBody(599, 'x', '/').error).toBe('Internal Server Error');
  });
});

describe('redactQuery', () => {
  it.each([
    ['/orders?access_token=eyJhbGciOi.x.y', '/orders?access_token=REDACTED'],
    ['/a?page_size=5&token=abc&x=1', '/a?page_size=5&token=REDACTED&x=1'],
    ['/a?Password=hunter2&api%5Fkey=k', '/a?Password=REDACTED&api%5Fkey=REDACTED'],
    ['/user/list?page_num=1&page_size=2', '/user/list?page_num=1&page_size=2'],
    ['/users/5', '/users/5'],
  ])('shows %s as %s', (path, shown) => {
    expect(redactQuery(path)).toBe(shown);
  });

  it('applies to every error body', () => {
    expect(errorBody(401, 'no', '/orders?auth=secret-value').path).toBe('/orders?auth=REDACTED');
  });
});
