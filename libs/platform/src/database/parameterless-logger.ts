import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's own loggers print query parameters, and those hold password hashes and tokens.
 * This one logs through Nest's logger and never prints a parameter: only the SQL text with its
 * placeholders, and the driver's error message.
 */
export class ParameterlessLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');

  /**
   * @param logQueries also log every query (DATABASE_LOGGING=true), still without parameters;
   * at the log level, so that the switch alone shows them (LOG_LEVEL is log by default).
   */
  constructor(private readonly logQueries: boolean) {}

  logQuery(query: string): void {
    if (this.logQueries) this.logger.log(query);
  }

  logQueryError(error: string | Error, query: string): void {
    const message = typeof error === 'string' ? error : error.message;
    this.logger.warn(`query failed: ${message} -- ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.log(String(message));
  }
}
