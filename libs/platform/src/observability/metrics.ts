import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from 'prom-client';
import { shareMetrics, workerMetrics } from '../bootstrap/cluster.js';

/** Seconds: from a fast cached read to a TCC transaction that waits on a slow participant. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The app's Prometheus metrics: one registry per app (several apps may share a process in tests),
 * served as text at GET /metrics. Every metric is named `nestmall_*`; a library adds its own
 * through the get-or-create methods, so two modules asking for one name share it. Labels are
 * bounded sets (route templates, gRPC methods, outcomes, consumer names), never ids.
 */
export class Metrics {
  readonly registry = new Registry();

  constructor(app: string) {
    this.registry.setDefaultLabels({ app });
    collectDefaultMetrics({ register: this.registry, prefix: 'nestmall_' });
    // A cluster worker (WEB_CONCURRENCY above 1): GET /metrics answers for every worker.
    shareMetrics(this.registry);
  }

  counter<L extends string>(config: Omit<CounterConfiguration<L>, 'registers'>): Counter<L> {
    return this.getOrCreate(
      config.name,
      () => new Counter({ ...config, registers: [this.registry] }),
    );
  }

  /**
   * A counter read from counts kept elsewhere (a stats object), at each scrape: `read` answers
   * the count of each value of the one label `label`.
   */
  countedFrom(
    config: { name: string; help: string; label: string },
    read: () => Record<string, number>,
  ): Counter<string> {
    return this.counter({
      name: config.name,
      help: config.help,
      labelNames: [config.label],
      collect() {
        this.reset();
        for (const [value, count] of Object.entries(read()))
          this.inc({ [config.label]: value }, count);
      },
    });
  }

  gauge<L extends string>(config: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L> {
    return this.getOrCreate(
      config.name,
      () => new Gauge({ ...config, registers: [this.registry] }),
    );
  }

  histogram<L extends string>(config: Omit<HistogramConfiguration<L>, 'registers'>): Histogram<L> {
    return this.getOrCreate(
      config.name,
      () => new Histogram({ buckets: DURATION_BUCKETS, ...config, registers: [this.registry] }),
    );
  }

  /**
   * The Prometheus text exposition of every metric, collected now; in a cluster worker, of every
   * worker of the edge (counters and histograms summed, gauges as their `aggregator` says).
   */
  text(): Promise<string> {
    return workerMetrics() ?? this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private getOrCreate<M>(name: string, create: () => M): M {
    return (this.registry.getSingleMetric(name) as M | undefined) ?? create();
  }
}
