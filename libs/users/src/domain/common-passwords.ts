/**
 * The passwords attackers try first (lists from breaches): refused at registration, whatever
 * the other password rules say, since `password1` passes those and falls to the first guess.
 */
export abstract class CommonPasswords {
  /** How many passwords the list holds, for the refusal's wording. */
  abstract readonly size: number;
  abstract includes(password: string): boolean;
}
