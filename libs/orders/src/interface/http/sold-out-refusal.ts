import { Inject, Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Metrics } from '@nestmall/platform';
import type { FastifyInstance } from 'fastify';
import { NotEnoughStockError } from '../../domain/order.js';
import { RedisSoldOutBoard } from '../../infrastructure/redis-sold-out-board.js';

type Line = { sku_id?: unknown; quantity?: unknown };

/**
 * The flash sale's first refusal (HOT_SKU_GATE=redis): a POST /orders that asks for a SKU the
 * gate has seen sold out is answered 409 right after its body is parsed, before the access token
 * is verified, the body validated or the use case run (a Fastify preHandler hook runs before
 * Nest's guards and pipes). A loser of a flash sale costs HTTP and JSON parsing, nothing more.
 * It tells an anonymous caller only that a SKU is sold out, which GET /skus/:sku/stock tells
 * anyone. Any other body, or a SKU not on the board, passes on to the usual checks.
 */
@Injectable()
export class SoldOutRefusal implements OnModuleInit {
  constructor(
    private readonly adapter: HttpAdapterHost,
    /** null unless HOT_SKU_GATE=redis. */
    @Inject(RedisSoldOutBoard) private readonly board: RedisSoldOutBoard | null,
    @Optional() private readonly metrics?: Metrics,
  ) {}

  onModuleInit(): void {
    if (!this.board) return;
    this.board.start();
    const refused = this.metrics?.counter({
      name: 'nestmall_sold_out_refusals_total',
      help: 'POST /orders refused at the edge, before authentication, for a SKU the gate saw sold out',
    });
    const fastify = this.adapter.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('preHandler', (request, _reply, done) => {
      if (request.method !== 'POST' || request.routeOptions.url !== '/orders') return done();
      const line = this.soldOutLine(request.body);
      if (!line) return done();
      refused?.inc();
      const wanted = Number.isInteger(line.quantity) ? (line.quantity as number) : 1;
      done(new NotEnoughStockError(line.sku_id as string, 0, wanted));
    });
  }

  private soldOutLine(body: unknown): Line | undefined {
    const items = (body as { items?: unknown } | null)?.items;
    if (!Array.isArray(items)) return undefined;
    return (items as Line[]).find(
      (l) => typeof l?.sku_id === 'string' && this.board!.isSoldOut(l.sku_id),
    );
  }
}
