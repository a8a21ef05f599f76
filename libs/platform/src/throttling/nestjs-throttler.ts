/**
 * @nestjs/throttler, loaded after @nestjs/common has run. The package is CommonJS and requires
 * @nestjs/common, which Nest 12 ships as ES modules only: Node accepts that require, but jest's
 * ESM runtime refuses it while @nestjs/common is still being linked (a "require() cycle").
 */
const throttler = await import('@nestjs/throttler');

export const { SkipThrottle, ThrottlerGuard, ThrottlerModule } = throttler;
