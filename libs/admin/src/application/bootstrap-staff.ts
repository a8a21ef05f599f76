import { Injectable } from '@nestjs/common';
import { normalizeEmail } from '../domain/staff.js';
import { DuplicateStaffEmailError, StaffRepository } from '../domain/staff.repository.js';
import type { Role } from '../domain/roles.js';
import { CreateStaff } from './create-staff.js';

/** The actor of accounts made at start-up (the bootstrap admin, the demo staff): no staff member. */
export const SYSTEM_ACTOR = { staffId: 0, email: 'system' } as const;

/**
 * Makes a staff account at start-up unless its e-mail exists (replicas starting together: one
 * wins, the others find it taken). Audited as the system's.
 * @returns whether it made the account
 */
@Injectable()
export class BootstrapStaff {
  constructor(
    private readonly staff: StaffRepository,
    private readonly createStaff: CreateStaff,
  ) {}

  async execute(input: {
    email: string;
    name: string;
    role: Role;
    password: string;
  }): Promise<boolean> {
    if (await this.staff.findByEmail(normalizeEmail(input.email))) return false;
    try {
      await this.createStaff.execute(SYSTEM_ACTOR, input);
      return true;
    } catch (error) {
      if (error instanceof DuplicateStaffEmailError) return false;
      throw error;
    }
  }
}
