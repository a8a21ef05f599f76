/**
 * Staff access tokens: signed by the admin context's own keys for the staff audience, so a
 * buyer's token (the users context's keys and audience) never passes a staff guard, nor a staff
 * token a buyer's.
 */
export abstract class StaffTokens {
  /** @returns the token and its lifetime in seconds */
  abstract issue(staff: {
    id: number;
    email: string;
  }): Promise<{ token: string; expiresIn: number }>;
  /** The staff id the token was issued to. @throws UnauthenticatedError */
  abstract verify(token: string): Promise<number>;
}
