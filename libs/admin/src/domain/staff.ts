import { InvalidArgumentError } from '@nestmall/ports/platform';
import { checkRole, permissionsOf, type Permission, type Role } from './roles.js';

/** A shop employee: a back-office account, separate from the buyers' (ts_user). */
export interface StaffState {
  id: number;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  createdAt: Date;
  /** Optimistic guard: the version this copy was loaded at. */
  version: number;
}

export type NewStaff = Omit<StaffState, 'id' | 'createdAt' | 'version'>;

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,63}$/;
export const MAX_STAFF_NAME = 64;

/** E-mails compare without case: the one spelling stored and looked up. */
export function normalizeEmail(email: unknown): string {
  if (typeof email !== 'string' || email.length > 254 || !EMAIL.test(email.trim()))
    throw new InvalidArgumentError('email must be an e-mail address');
  return email.trim().toLowerCase();
}

export class Staff {
  private constructor(private state: StaffState) {}

  static restore(state: StaffState): Staff {
    return new Staff({ ...state });
  }

  /** A new account's fields, checked: the e-mail, a name, a role. */
  static draft(input: {
    email: unknown;
    name: unknown;
    role: unknown;
    passwordHash: string;
  }): NewStaff {
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    if (name.length === 0 || name.length > MAX_STAFF_NAME)
      throw new InvalidArgumentError(`name must be 1 to ${MAX_STAFF_NAME} characters`);
    return {
      email: normalizeEmail(input.email),
      name,
      role: checkRole(input.role),
      passwordHash: input.passwordHash,
    };
  }

  get id(): number {
    return this.state.id;
  }
  get email(): string {
    return this.state.email;
  }
  get name(): string {
    return this.state.name;
  }
  get role(): Role {
    return this.state.role;
  }
  get passwordHash(): string {
    return this.state.passwordHash;
  }
  get createdAt(): Date {
    return this.state.createdAt;
  }
  get version(): number {
    return this.state.version;
  }
  get permissions(): readonly Permission[] {
    return permissionsOf(this.state.role);
  }

  can(permission: Permission): boolean {
    return this.permissions.includes(permission);
  }

  /**
   * Gives this member another role. Nobody changes their own role (an admin cannot lock the
   * shop out of staff management by demoting themselves, nor anyone promote themselves).
   * @returns whether anything changed
   */
  changeRole(role: unknown, by: { staffId: number }): boolean {
    const next = checkRole(role);
    if (by.staffId === this.state.id)
      throw new InvalidArgumentError('role: a staff member cannot change their own role');
    if (next === this.state.role) return false;
    this.state = { ...this.state, role: next };
    return true;
  }

  snapshot(): StaffState {
    return { ...this.state };
  }
}
