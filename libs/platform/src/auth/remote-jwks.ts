import { Logger } from '@nestjs/common';
import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { DomainError } from '../errors/domain-error.js';
import { JwksSource } from './jwks-source.js';

export interface RemoteJwksOptions {
  /** Refetch a JWKS this old on the next use; a failed refetch keeps the keys held. */
  maxAgeMs: number;
  /** At most one refetch for an unknown `kid` per this period, so forged kids cannot flood the issuer. */
  cooldownMs: number;
}

/**
 * The issuer's JWKS held by a verifier that is not the issuer (gateway, order-service): fetched
 * on first use, refetched when it is older than maxAgeMs or a token names a kid it lacks (a
 * rotation; rate-limited), and kept when a refetch fails, so a short outage of the issuer does
 * not stop verification. jose's createRemoteJWKSet does the same over HTTP; ours comes over gRPC.
 */
export class RemoteJwks extends JwksSource {
  private held?: { jwks: JSONWebKeySet; getKey: JWTVerifyGetKey; fetchedAt: number };
  private lastFetchAt = -Infinity;
  private fetching?: Promise<void>;
  private readonly logger = new Logger('RemoteJwks');

  constructor(
    private readonly fetchJwks: () => Promise<JSONWebKeySet>,
    private readonly options: RemoteJwksOptions,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  async jwks(): Promise<JSONWebKeySet> {
    return (await this.current()).jwks;
  }

  readonly getKey: JWTVerifyGetKey = async (header, token) => {
    const held = await this.current();
    try {
      return await held.getKey(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      if (this.now() - this.lastFetchAt < this.options.cooldownMs) throw error;
      await this.refetch();
      return (await this.current()).getKey(header, token);
    }
  };

  private async current() {
    const now = this.now();
    const stale =
      this.held &&
      now - this.held.fetchedAt >= this.options.maxAgeMs &&
      now - this.lastFetchAt >= this.options.cooldownMs;
    if (!this.held || stale) await this.refetch();
    if (!this.held)
      throw new DomainError('UNAVAILABLE', 'the token issuer (user service) keys are unavailable');
    return this.held;
  }

  /** One fetch at a time; callers that arrive meanwhile share it. */
  private refetch(): Promise<void> {
    this.fetching ??= this.fetch().finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  private async fetch(): Promise<void> {
    this.lastFetchAt = this.now();
    try {
      const jwks = await this.fetchJwks();
      this.held = { jwks, getKey: createLocalJWKSet(jwks), fetchedAt: this.now() };
    } catch (error) {
      if (!this.held) return; // current() reports it
      this.logger.warn(`kept the held JWKS: refetching failed (${(error as Error).message})`);
    }
  }
}
