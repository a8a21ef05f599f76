import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { AppConfig } from '../config/config.schema.js';
import { UnauthenticatedError } from '../errors/domain-error.js';
import { JwksSource } from './jwks-source.js';
import { SigningKeyStore } from './signing-key-store.js';
import { SIGNING_ALGORITHM } from './signing-keys.js';

/** Who issues access tokens and who they are for: the same in every app of the shop. */
export const TOKEN_ISSUER = 'nestmall';
export const TOKEN_AUDIENCE = 'nestmall';
/** RFC 9068's media type for JWT access tokens, so an ID token or another JWT is never taken for one. */
const TOKEN_TYPE = 'at+jwt';

/** The user an access token was issued to. `accessToken` is forwarded to services over gRPC. */
export interface AuthenticatedUser {
  userId: number;
  userName: string;
  /** The log-in session (`sid`) the token belongs to; logging out revokes it. */
  sessionId?: string;
  accessToken: string;
}

/** Signs access tokens with the newest key of the issuer's key store (the users context's log-in). */
@Injectable()
export class AccessTokenSigner {
  constructor(
    private readonly keys: SigningKeyStore,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  /** @returns the token and its lifetime in seconds. */
  async sign(user: {
    id: number;
    name: string;
    sessionId?: string;
  }): Promise<{ token: string; expiresIn: number }> {
    const expiresIn = this.config.get('JWT_EXPIRES_IN', { infer: true });
    const { kid, privateKey } = this.keys.signingKey;
    const claims = user.sessionId ? { name: user.name, sid: user.sessionId } : { name: user.name };
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ: TOKEN_TYPE })
      .setSubject(String(user.id))
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${expiresIn}s`)
      .sign(privateKey);
    return { token, expiresIn };
  }
}

/** Checks an access token's signature (by kid, from the JWKS) and claims; says nothing of the user's state. */
@Injectable()
export class AccessTokenVerifier {
  constructor(private readonly keys: JwksSource) {}

  /** @throws UnauthenticatedError, or UNAVAILABLE when the issuer's keys cannot be had */
  async verify(token: string): Promise<AuthenticatedUser> {
    try {
      const { payload } = await jwtVerify(token, this.keys.getKey, {
        algorithms: [SIGNING_ALGORITHM],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        typ: TOKEN_TYPE,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 5,
      });
      const userId = Number(payload.sub);
      if (!/^[1-9]\d{0,15}$/.test(payload.sub!) || !Number.isSafeInteger(userId))
        throw new UnauthenticatedError('the access token names no user');
      const userName = typeof payload.name === 'string' ? payload.name : '';
      const sessionId = typeof payload.sid === 'string' ? payload.sid : undefined;
      return { userId, userName, accessToken: token, ...(sessionId ? { sessionId } : {}) };
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof UnauthenticatedError)
        throw new UnauthenticatedError('the access token is invalid or expired');
      throw error;
    }
  }
}
