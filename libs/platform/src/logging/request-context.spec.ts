import { newSpanId, newTraceId, requestIdOf, traceIdOf } from './request-context.js';

describe('request context ids', () => {
  it("keeps a caller's valid traceparent trace id", () => {
    const id = '4bf92f3577b34da6a3ce929d0e0e4736';
    expect(traceIdOf(`00-${id}-00f067aa0ba902b7-01`)).toBe(id);
  });

  it('makes a new trace id for an all-zero, malformed or missing traceparent', () => {
    for (const header of [
      `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`,
      '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01',
      'garbage',
      undefined,
    ]) {
      const id = traceIdOf(header);
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(id).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    }
  });

  it('makes trace and span ids of the W3C lengths, never repeated', () => {
    const traces = new Set(Array.from({ length: 1000 }, newTraceId));
    const spans = new Set(Array.from({ length: 1000 }, newSpanId));
    expect(traces.size).toBe(1000);
    expect(spans.size).toBe(1000);
    for (const id of traces) expect(id).toMatch(/^[0-9a-f]{32}$/);
    for (const id of spans) expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect([...spans].some((id) => /^0+$/.test(id))).toBe(false);
  });

  it('keeps a plain X-Request-Id and replaces one that could forge a log line', () => {
    expect(requestIdOf('abc-123')).toBe('abc-123');
    expect(requestIdOf('a\nb')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
