import { AlreadyExistsError } from '@nestmall/ports/platform';
import type { NewStaff, Staff } from './staff.js';

/** The staff accounts (admin_staff). */
export abstract class StaffRepository {
  abstract findById(id: number): Promise<Staff | null>;
  abstract findByEmail(email: string): Promise<Staff | null>;
  abstract list(): Promise<Staff[]>;
  abstract count(): Promise<number>;
  /** @throws DuplicateStaffEmailError */
  abstract create(staff: NewStaff): Promise<Staff>;
  /** Writes `staff` if its row is still at the version it was loaded at. @throws ConflictError */
  abstract save(staff: Staff): Promise<void>;
  abstract replacePasswordHash(id: number, passwordHash: string): Promise<void>;
}

export class DuplicateStaffEmailError extends AlreadyExistsError {
  constructor(email: string) {
    super(`email ${email} is taken by another staff member`);
  }
}
