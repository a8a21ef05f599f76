import type { JSONWebKeySet, JWTVerifyGetKey } from 'jose';

/**
 * Where a verifier finds the public keys of the token issuer: the issuer's own key directory
 * (LocalJwks) or the issuer's JWKS fetched over gRPC (RemoteJwks). Also what
 * GET /.well-known/jwks.json and UserService.GetJwks publish.
 */
export abstract class JwksSource {
  abstract jwks(): Promise<JSONWebKeySet>;
  /** For jose's jwtVerify: the key named by the token's `kid`. */
  abstract readonly getKey: JWTVerifyGetKey;
}
