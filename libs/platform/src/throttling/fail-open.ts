import type { Logger } from '@nestjs/common';

const WARN_EVERY_MS = 10_000;

/**
 * Redis being down must not lock every user out of the shop: a limit that cannot reach its
 * counts lets the request through and
 * warns, at most once every 10 s.
 */
export class FailOpen {
  private lastWarning = 0;

  constructor(private readonly logger: Pick<Logger, 'warn'>) {}

  async run<T>(command: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await command();
    } catch (error) {
      if (Date.now() - this.lastWarning > WARN_EVERY_MS) {
        this.lastWarning = Date.now();
        this.logger.warn(`abuse limits off while Redis fails: ${(error as Error).message}`);
      }
      return fallback;
    }
  }
}
