import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply as Response } from 'fastify';
import { Metrics } from './metrics.js';

/** GET /metrics: the Prometheus text exposition (operational; left out of Swagger). */
@ApiExcludeController()
@Controller('metrics')
export class MetricsHttpController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Res({ passthrough: true }) res: Response): Promise<string> {
    res.type(this.metrics.contentType);
    return this.metrics.text();
  }
}
