import { randomBytes } from 'node:crypto';
import { Global, Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import type { AppConfig } from '../config/config.schema.js';

/**
 * JWT signing and verification for every context. Without JWT_SECRET (the embedded default) a
 * random secret is made for this process: tokens then end with the process, and services that
 * must agree on tokens need JWT_SECRET set.
 */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => {
        let secret = config.get('JWT_SECRET', { infer: true });
        if (!secret) {
          new Logger('AuthModule').warn(
            'JWT_SECRET is not set: using a random secret, so access tokens end with this process',
          );
          secret = randomBytes(48).toString('base64url');
        }
        return {
          secret,
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  exports: [JwtModule],
})
export class AuthModule {}
