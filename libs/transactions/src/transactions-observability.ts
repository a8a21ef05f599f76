import type { Metrics } from '@nestmall/platform';
import type { GlobalTransactionRepository } from './application/global-transaction.repository.js';
import type { TccCoordinator } from './application/tcc-coordinator.js';

/**
 * The coordinator's transactions in the metrics: each one this process started, by kind and
 * outcome, with its duration; and, read from the log at each scrape, how many are unfinished
 * (the recovery worker's work) and how many of those are flagged for an operator.
 */
export function observeTransactions(
  coordinator: TccCoordinator,
  log: GlobalTransactionRepository,
  metrics: Metrics,
): void {
  const duration = metrics.histogram({
    name: 'nestmall_tcc_transaction_duration_seconds',
    help: 'TCC global transactions started here, by kind and outcome (CONFIRMED, CANCELLED, CONFIRMING or CANCELLING when handed to recovery, FAILED), and their duration',
    labelNames: ['kind', 'outcome'],
  });
  coordinator.onOutcome((kind, outcome, ms) => duration.observe({ kind, outcome }, ms / 1000));
  let counted: Promise<{ unfinished: number; flagged: number }> | undefined;
  // Both gauges come from one query a scrape.
  const count = () => (counted ??= log.countUnfinished().finally(() => (counted = undefined)));
  metrics.gauge({
    name: 'nestmall_tcc_unfinished_transactions',
    // Read from the shared database: every worker of an edge sees the same value.
    aggregator: 'max',
    help: 'TCC global transactions in the log not yet CONFIRMED or CANCELLED',
    async collect() {
      this.set((await count()).unfinished);
    },
  });
  metrics.gauge({
    name: 'nestmall_tcc_flagged_transactions',
    // Read from the shared database: every worker of an edge sees the same value.
    aggregator: 'max',
    help: 'Unfinished TCC global transactions flagged for an operator (GET /admin/transactions)',
    async collect() {
      this.set((await count()).flagged);
    },
  });
}
