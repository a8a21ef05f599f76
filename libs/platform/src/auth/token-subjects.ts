/**
 * Whether the user a token was issued to may still use it: the user exists (not deleted) and
 * the token's session, if it names one, is not logged out. The users context binds it (through
 * its client port: in-process, or over gRPC to the user service); platform only asks.
 */
export abstract class TokenSubjects {
  abstract isActive(userId: number, sessionId?: string): Promise<boolean>;
}
