import { Inject, Injectable } from '@nestjs/common';
import { Cache } from '@nestmall/ports/cache';
import { ReplicaReads } from '@nestmall/ports/platform';

/** How long the rankings' answers are reused (RANKING_CACHE_SECONDS; 0: not cached). */
export const RANKING_CACHE_SECONDS = Symbol('RANKING_CACHE_SECONDS');

/**
 * The rankings' answers, cached briefly (cache-aside, keyed by everything the answer depends on,
 * the bucket's days included, so a new day never reuses yesterday's). Nothing invalidates them:
 * a ranking may lag the orders by at most RANKING_CACHE_SECONDS. Loads read a replica where there
 * is one (DATABASE_READ_URLS): a ranking may lag by the replica's delay too.
 */
@Injectable()
export class CachedRankings {
  constructor(
    private readonly cache: Cache,
    @Inject(RANKING_CACHE_SECONDS) private readonly seconds: number,
    private readonly replicas: ReplicaReads,
  ) {}

  async get<T>(key: readonly unknown[], loadFromDatabase: () => Promise<T>): Promise<T> {
    const load = () => this.replicas.run(loadFromDatabase);
    if (this.seconds === 0) return load();
    const answer = await this.cache.getOrLoad(`ranking:${JSON.stringify(key)}`, this.seconds, load);
    return answer ?? load();
  }
}
