import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { activeTraceId } from '../tracing/traces.js';

/** What every log line written while serving one request carries. */
export interface RequestContext {
  /** The caller's X-Request-Id when short and plain, else a new UUID. */
  requestId: string;
  /**
   * The W3C trace id (32 hex digits): with tracing on, the OpenTelemetry trace's; else the
   * caller's `traceparent` one, else a new one.
   */
  traceId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** A caller's X-Request-Id is kept when it is short and plain, else replaced (no log injection). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@+=/-]{1,128}$/;

/** version-traceid-parentid-flags, lower-case hex; an all-zero trace id is invalid. */
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The request id of a request: the caller's X-Request-Id if sane, else a new UUID. */
export function requestIdOf(header: unknown): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** The trace id of a W3C `traceparent` header when valid, else a new one. */
export function traceIdOf(traceparent: unknown): string {
  const match = typeof traceparent === 'string' ? TRACEPARENT.exec(traceparent) : null;
  if (match && !/^0+$/.test(match[1])) return match[1];
  return newTraceId();
}

/**
 * A new W3C trace id: the hex digits of a random UUID. Node hands out UUIDs from a buffer of
 * entropy it refills 128 at a time, where `randomBytes(16)` asks OpenSSL on every call (9 % of
 * the read path's CPU, profiled in rest-read). A UUID's version and variant bits are fixed, so 122
 * of its 128 bits are random; its last 7 bytes all are, as W3C Trace Context level 2 asks of a
 * trace id flagged random.
 */
export function newTraceId(): string {
  return randomUUID().replaceAll('-', '');
}

/** A new W3C parent (span) id: 16 hex digits, the random last 8 bytes of a UUID. */
export function newSpanId(): string {
  return randomUUID().slice(-17).replace('-', '');
}

/** Runs `fn` with `context` as the current request's (the logger adds it to every line). */
export function inRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The request being served, if any. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/**
 * The context of a request from its headers or gRPC metadata values. With tracing on, the span
 * serving it is active here and gives the trace id, so logs and traces share it.
 */
export function requestContextOf(requestId: unknown, traceparent: unknown): RequestContext {
  return { requestId: requestIdOf(requestId), traceId: activeTraceId() ?? traceIdOf(traceparent) };
}
