import { StockRepository } from '../../libs/inventory/src/application/stock.repository.js';
import { StockHold, type StockHoldEvent } from '../../libs/inventory/src/domain/stock-hold.js';
import {
  applyMove,
  refusal,
  type StockLevels,
  type StockMove,
} from '../../libs/inventory/src/domain/stock.js';
import type { SkuLine } from '../../libs/catalog/src/index.js';

/**
 * The inventory's stock in memory, applying the domain's moves all or none (the guard of the
 * database's UPDATE is the domain's own `permits`), with the holds' lines by gid and the events
 * a save takes off a hold (the outbox) in `events`.
 */
export class InMemoryStock extends StockRepository {
  readonly levels = new Map<string, StockLevels>();
  readonly holds = new Map<string, SkuLine[]>();
  readonly events: StockHoldEvent[] = [];
  readonly applied: string[] = [];

  constructor(initial: Record<string, number> = {}) {
    super();
    for (const [skuId, units] of Object.entries(initial))
      this.levels.set(skuId, { skuId, available: units, frozen: 0, sold: 0, totalIn: units });
  }

  async addHold(hold: StockHold): Promise<void> {
    this.applyAll(hold.pullMoves());
    if (hold.lines.length) this.holds.set(hold.gid, [...hold.lines]);
    this.events.push(...hold.pullEvents());
  }

  async saveHold(hold: StockHold): Promise<void> {
    this.applyAll(hold.pullMoves());
    this.events.push(...hold.pullEvents());
  }

  async findHold(gid: string, status: 'FROZEN' | 'SOLD'): Promise<StockHold | null> {
    const lines = this.holds.get(gid);
    return lines ? StockHold.restore(gid, lines, status) : null;
  }

  async restock(move: StockMove): Promise<StockLevels> {
    this.applyAll([move]);
    return this.levels.get(move.skuId)!;
  }

  async find(skuId: string): Promise<StockLevels | null> {
    return this.levels.get(skuId) ?? null;
  }

  async list(): Promise<StockLevels[]> {
    return [...this.levels.values()].sort((a, b) => (a.skuId < b.skuId ? -1 : 1));
  }

  private applyAll(moves: StockMove[]): void {
    const after = new Map(this.levels);
    for (const move of moves) {
      const stock = after.get(move.skuId);
      if (!stock) throw refusal(move, null);
      after.set(move.skuId, applyMove(move, stock));
    }
    for (const [skuId, stock] of after) this.levels.set(skuId, stock);
    this.applied.push(...moves.map((m) => `${m.kind} ${m.skuId}x${m.quantity}`));
  }
}
