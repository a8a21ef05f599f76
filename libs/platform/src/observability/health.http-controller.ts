import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
} from '@nestjs/terminus';
import type { FastifyReply as Response } from 'fastify';
import { Readiness } from './readiness.js';

/**
 * Operational, not part of the shop's API (left out of Swagger): GET /health/live (the process
 * answers: 200 while it runs, nothing else is asked) and GET /health/ready (200 when every
 * dependency the app's modules registered answers, else 503 naming the ones that do not; 503 too
 * once shutdown began). Terminus's body: { status, info, error, details }.
 */
@ApiExcludeController()
@Controller('health')
export class HealthHttpController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly readiness: Readiness,
  ) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  async ready(@Res({ passthrough: true }) res: Response): Promise<unknown> {
    const report = await this.readiness.check();
    const checks = Object.entries(report.checks).map(([name, check]) => () => {
      const indicator = this.indicators.check(name);
      const { status, ...detail } = check;
      return status === 'up' ? indicator.up(detail) : indicator.down(detail);
    });
    try {
      return await this.health.check(checks);
    } catch (error) {
      // Terminus's own body, not the error format: probes and people read which check is down.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503);
      return error.getResponse();
    }
  }
}
