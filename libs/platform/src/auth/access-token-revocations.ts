/**
 * The users context's word to every verifier of access tokens that what it knew of a user's
 * sessions is out of date (the account is deleted, the password changed): `revokeUser` resolves
 * once each verifier has forgotten it, so the next request with such a token is asked about
 * afresh, wherever it lands. Call it after the change has committed.
 */
export abstract class AccessTokenRevocations {
  abstract revokeUser(userId: number): Promise<void>;
}
