import {
  isSpanContextValid,
  SpanKind,
  trace,
  type Attributes,
  type Context,
  type Link,
} from '@opentelemetry/api';
import { createRequire } from 'node:module';
import type { Sampler, SamplingResult } from '@opentelemetry/sdk-trace';

type SdkTraceModule = typeof import('@opentelemetry/sdk-trace');

/**
 * The trace SDK, loaded on first use: only a process that starts tracing builds a sampler, and
 * every other one (tracing off, the default) does not pay for loading the SDK at start-up.
 */
function sdkTrace(): SdkTraceModule {
  return createRequire(import.meta.url)('@opentelemetry/sdk-trace') as SdkTraceModule;
}

/**
 * The sampler OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG name (the specification's values;
 * `parentbased_always_on` by default).
 */
export function samplerFromEnv(env: NodeJS.ProcessEnv = process.env): Sampler {
  const { AlwaysOffSampler, AlwaysOnSampler, ParentBasedSampler, TraceIdRatioBasedSampler } =
    sdkTrace();
  const arg = Number(env.OTEL_TRACES_SAMPLER_ARG);
  const ratio = () =>
    new TraceIdRatioBasedSampler(Number.isFinite(arg) && arg >= 0 && arg <= 1 ? arg : 1);
  switch ((env.OTEL_TRACES_SAMPLER ?? '').trim().toLowerCase()) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio();
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio() });
    default:
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

/**
 * A trace starts only where work enters the system: a request served (SERVER), a message
 * handled (CONSUMER) or an event published (PRODUCER). A CLIENT or INTERNAL span without a parent
 * (the outbox relay polling its table, a readiness probe's `SELECT 1`, a metrics scrape's query)
 * is not recorded: background chatter would bury the traces that matter. Every other decision is
 * the configured sampler's.
 */
export class EntrySpansSampler implements Sampler {
  private readonly notRecord = sdkTrace().SamplingDecision.NOT_RECORD;

  constructor(private readonly inner: Sampler) {}

  shouldSample(
    context: Context,
    traceId: string,
    name: string,
    kind: SpanKind,
    attributes: Attributes,
    links: Link[],
  ): SamplingResult {
    const parent = trace.getSpanContext(context);
    const root = !parent || !isSpanContextValid(parent);
    if (root && (kind === SpanKind.CLIENT || kind === SpanKind.INTERNAL))
      return { decision: this.notRecord };
    return this.inner.shouldSample(context, traceId, name, kind, attributes, links);
  }

  toString(): string {
    return `EntrySpansSampler{${this.inner.toString()}}`;
  }
}
