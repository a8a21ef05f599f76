import { ROOT_CONTEXT, SpanKind, trace, TraceFlags } from '@opentelemetry/api';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  SamplingDecision,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace';
import { EntrySpansSampler, samplerFromEnv } from './sampler.js';
import { appNameOf, tracingRequested } from './start-tracing.js';

describe('tracingRequested', () => {
  it('is off unless OTEL_TRACES_EXPORTER names an exporter', () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: '' })).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: ' None , ' })).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'console,otlp' })).toBe(true);
  });

  it('is off with OTEL_SDK_DISABLED=true whatever the exporter', () => {
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' })).toBe(
      false,
    );
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'false' })).toBe(
      true,
    );
  });
});

describe('appNameOf', () => {
  it('names the app of a built entry point, nestmall otherwise', () => {
    expect(appNameOf('/srv/dist/apps/order-service/src/main.js')).toBe('order-service');
    expect(appNameOf('dist/apps/mall/src/main.js')).toBe('mall');
    expect(appNameOf('/usr/lib/node_modules/jest/bin/jest.js')).toBe('nestmall');
    expect(appNameOf(undefined)).toBe('nestmall');
  });
});

describe('samplerFromEnv', () => {
  // By name, not instanceof: the SDK is loaded with require() (its CommonJS build, as the Node SDK
  // loads it), this spec imports its ES build.
  it('follows OTEL_TRACES_SAMPLER, parent-based always-on by default', () => {
    expect(samplerFromEnv({}).toString()).toMatch(/^ParentBased\{root=AlwaysOnSampler/);
    expect(samplerFromEnv({ OTEL_TRACES_SAMPLER: 'always_on' }).toString()).toBe(
      new AlwaysOnSampler().toString(),
    );
    expect(samplerFromEnv({ OTEL_TRACES_SAMPLER: 'always_off' }).toString()).toBe(
      new AlwaysOffSampler().toString(),
    );
    expect(samplerFromEnv({ OTEL_TRACES_SAMPLER: 'parentbased_always_off' }).toString()).toMatch(
      /^ParentBased\{root=AlwaysOffSampler/,
    );
    const ratio = samplerFromEnv({
      OTEL_TRACES_SAMPLER: 'traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
    });
    expect(ratio.toString()).toBe(new TraceIdRatioBasedSampler(0.25).toString());
  });
});

describe('EntrySpansSampler', () => {
  const sampler = new EntrySpansSampler(new AlwaysOnSampler());
  const decide = (kind: SpanKind, parent = ROOT_CONTEXT) =>
    sampler.shouldSample(parent, 'a'.repeat(32), 'span', kind, {}, []).decision;
  const withParent = trace.setSpanContext(ROOT_CONTEXT, {
    traceId: 'b'.repeat(32),
    spanId: 'c'.repeat(16),
    traceFlags: TraceFlags.SAMPLED,
  });

  it('starts traces where work enters: a request served, a message handled or published', () => {
    expect(decide(SpanKind.SERVER)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide(SpanKind.CONSUMER)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide(SpanKind.PRODUCER)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
  });

  it('records no parentless CLIENT or INTERNAL span (a relay poll, a probe query)', () => {
    expect(decide(SpanKind.CLIENT)).toBe(SamplingDecision.NOT_RECORD);
    expect(decide(SpanKind.INTERNAL)).toBe(SamplingDecision.NOT_RECORD);
  });

  it('leaves spans inside a trace to the configured sampler', () => {
    expect(decide(SpanKind.CLIENT, withParent)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    const off = new EntrySpansSampler(new AlwaysOffSampler());
    expect(
      off.shouldSample(withParent, 'a'.repeat(32), 's', SpanKind.CLIENT, {}, []).decision,
    ).toBe(SamplingDecision.NOT_RECORD);
  });
});
