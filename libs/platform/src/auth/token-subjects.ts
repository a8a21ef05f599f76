/**
 * Whether the user a token was issued to may still use it (exists, not deleted). The users
 * context binds it (through its client port: in-process, or over gRPC to the user service);
 * platform only asks.
 */
export abstract class TokenSubjects {
  abstract isActive(userId: number): Promise<boolean>;
}
