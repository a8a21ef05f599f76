import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@nestmall/ports/platform';
import { GlobalTransactionRepository, RecoveryWorker } from '@nestmall/ports/transactions';
import { toTransactionView, type TransactionView } from './check-invariants.js';

/** An operator's view of unfinished global transactions, and a "retry now" for one. */
@Injectable()
export class StuckTransactions {
  constructor(
    private readonly log: GlobalTransactionRepository,
    private readonly worker: RecoveryWorker,
  ) {}

  async list(): Promise<TransactionView[]> {
    return (await this.log.listUnfinished(200)).map(toTransactionView);
  }

  /** Makes `gid` due now with a fresh attempt count, and runs one recovery pass. */
  async retry(gid: string): Promise<TransactionView> {
    if (!(await this.log.retryNow(gid)))
      throw new NotFoundError(`no unfinished global transaction ${gid}`);
    await this.worker.runOnce();
    return toTransactionView((await this.log.find(gid))!);
  }
}
