import {
  Global,
  Logger,
  Module,
  type DynamicModule,
  type ModuleMetadata,
  type Provider,
  type Type,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { JSONWebKeySet } from 'jose';
import { USER_PROTO, type JwksMessage__Output, type UserServiceClient } from '@nestmall/contracts';
import type { AppConfig } from '../config/config.schema.js';
import { replicaPoolProvider } from '../grpc/replica-pool.provider.js';
import type { GrpcReplicaPool } from '../grpc/replica-pool.js';
import { AccessTokenAuthenticator } from './access-token-authenticator.js';
import { AccessTokenRevocations } from './access-token-revocations.js';
import { AccessTokenSigner, AccessTokenVerifier } from './access-tokens.js';
import { ActiveSessions } from './active-sessions.js';
import { JwksSource } from './jwks-source.js';
import { JwksHttpController } from './jwks.http-controller.js';
import { LocalAccessTokenRevocations } from './local-access-token-revocations.js';
import { RedisAccessTokenRevocations } from './redis-access-token-revocations.js';
import { RemoteJwks } from './remote-jwks.js';
import { SigningKeyStore } from './signing-key-store.js';
import { TokenSubjects } from './token-subjects.js';

/** Where the issuer keeps its keys when JWT_KEYS_DIR is unset. */
export const DEFAULT_KEYS_DIR = './data/jwt-keys';
const ISSUER_POOL = Symbol('ISSUER_POOL');

export interface AuthModuleOptions {
  /**
   * `issuer` (the app hosting the users context): signs with the keys in JWT_KEYS_DIR.
   * `verifier`: fetches the issuer's JWKS over gRPC from the user service (USER_SERVICE_URL).
   */
  role: 'issuer' | 'verifier';
  /** Binds TokenSubjects: the modules it needs and the class (the users context's). */
  subjects: { imports: ModuleMetadata['imports']; useClass: Type<TokenSubjects> };
  /** Also serve GET /.well-known/jwks.json (the REST edges). */
  http?: boolean;
}

/** Access tokens for every app: EdDSA-signed JWTs, verified against the issuer's JWKS. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    const keys = options.role === 'issuer' ? issuerKeys() : remoteKeys();
    return {
      module: AuthModule,
      imports: options.subjects.imports,
      controllers: options.http ? [JwksHttpController] : [],
      providers: [
        ...keys,
        AccessTokenVerifier,
        AccessTokenAuthenticator,
        ActiveSessions,
        { provide: TokenSubjects, useClass: options.subjects.useClass },
        {
          provide: AccessTokenRevocations,
          inject: [ActiveSessions, ConfigService],
          useFactory: (sessions: ActiveSessions, config: ConfigService<AppConfig, true>) =>
            config.get('AUTH_REVOCATIONS', { infer: true }) === 'redis'
              ? new RedisAccessTokenRevocations(sessions, config)
              : new LocalAccessTokenRevocations(sessions),
        },
      ],
      exports: [
        JwksSource,
        AccessTokenVerifier,
        AccessTokenAuthenticator,
        AccessTokenRevocations,
        ...(options.role === 'issuer' ? [AccessTokenSigner] : []),
      ],
    };
  }
}

function issuerKeys(): Provider[] {
  return [
    {
      provide: SigningKeyStore,
      inject: [ConfigService],
      useFactory: async (config: ConfigService<AppConfig, true>) => {
        const dir = config.get('JWT_KEYS_DIR', { infer: true }) ?? DEFAULT_KEYS_DIR;
        try {
          const store = await SigningKeyStore.open(dir);
          new Logger('AuthModule').debug(`access tokens signed by key ${store.signingKey.kid}`);
          return store;
        } catch (error) {
          throw new Error(
            `JWT_KEYS_DIR: the signing keys in ${dir} cannot be used: ${(error as Error).message}`,
            { cause: error },
          );
        }
      },
    },
    { provide: JwksSource, useExisting: SigningKeyStore },
    AccessTokenSigner,
  ];
}

function remoteKeys(): Provider[] {
  return [
    replicaPoolProvider(ISSUER_POOL, {
      service: 'nestmall.user.v1.UserService',
      contract: USER_PROTO,
      urlVariable: 'USER_SERVICE_URL',
      servedBy: ['user-service', 'mall'],
    }),
    {
      provide: JwksSource,
      inject: [ISSUER_POOL],
      useFactory: (pool: GrpcReplicaPool<UserServiceClient>) =>
        new RemoteJwks(
          async () => toJwks(await pool.unary<JwksMessage__Output>('GetJwks', {}, true)),
          { maxAgeMs: 5 * 60_000, cooldownMs: 10_000 },
        ),
    },
  ];
}

function toJwks(message: JwksMessage__Output): JSONWebKeySet {
  return { keys: message.keys.map((k) => ({ ...k })) };
}
