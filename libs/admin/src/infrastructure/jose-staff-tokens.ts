import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { errors, jwtVerify, SignJWT } from 'jose';
import {
  SIGNING_ALGORITHM,
  SigningKeyStore,
  TOKEN_ISSUER,
  UnauthenticatedError,
  type AppConfig,
} from '@nestmall/platform';
import { StaffTokens } from '../application/staff-tokens.js';
import { DEFAULT_ADMIN_KEYS_DIR, type AdminConfig } from '../admin.config.js';

/** The audience of staff tokens; buyers' tokens carry TOKEN_AUDIENCE ('nestmall'). */
export const STAFF_AUDIENCE = 'nestmall-staff';
const TOKEN_TYPE = 'at+jwt';

/**
 * Staff tokens on the platform's machinery (EdDSA keys in a SigningKeyStore), with the admin
 * context's own key directory and the staff audience: the users' issuer never signs one, and
 * neither its keys nor its audience verify here.
 */
@Injectable()
export class JoseStaffTokens extends StaffTokens implements OnModuleInit {
  private keys?: SigningKeyStore;

  constructor(private readonly config: ConfigService<AppConfig & AdminConfig, true>) {
    super();
  }

  async onModuleInit(): Promise<void> {
    const dir = this.config.get('ADMIN_KEYS_DIR', { infer: true }) ?? DEFAULT_ADMIN_KEYS_DIR;
    try {
      this.keys = await SigningKeyStore.open(dir);
    } catch (error) {
      throw new Error(
        `ADMIN_KEYS_DIR: the staff signing keys in ${dir} cannot be used: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  async issue(staff: { id: number; email: string }): Promise<{ token: string; expiresIn: number }> {
    const expiresIn = this.config.get('JWT_EXPIRES_IN', { infer: true });
    const { kid, privateKey } = this.store.signingKey;
    const token = await new SignJWT({ email: staff.email })
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ: TOKEN_TYPE })
      .setSubject(String(staff.id))
      .setIssuer(TOKEN_ISSUER)
      .setAudience(STAFF_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${expiresIn}s`)
      .sign(privateKey);
    return { token, expiresIn };
  }

  async verify(token: string): Promise<number> {
    try {
      const { payload } = await jwtVerify(token, this.store.getKey, {
        algorithms: [SIGNING_ALGORITHM],
        issuer: TOKEN_ISSUER,
        audience: STAFF_AUDIENCE,
        typ: TOKEN_TYPE,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 5,
      });
      if (!/^[1-9]\d{0,9}$/.test(payload.sub!)) throw new UnauthenticatedError('no staff');
      return Number(payload.sub);
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof UnauthenticatedError)
        throw new UnauthenticatedError('the staff access token is invalid or expired');
      throw error;
    }
  }

  private get store(): SigningKeyStore {
    if (!this.keys) throw new Error('JoseStaffTokens used before its module started');
    return this.keys;
  }
}
