import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { PasswordHasher } from '@nestmall/ports/users';
import { AuditLog } from '../domain/audit-log.js';
import { checkStaffPassword } from '../domain/staff-password.js';
import { Staff } from '../domain/staff.js';
import { StaffRepository } from '../domain/staff.repository.js';
import { auditedStaff, toStaffView, type Actor, type StaffView } from './staff-view.js';

export interface CreateStaffInput {
  email: string;
  name: string;
  role: string;
  password: string;
}

/** A new staff account, and its audit entry in the same transaction. */
@Injectable()
export class CreateStaff {
  constructor(
    private readonly staff: StaffRepository,
    private readonly audit: AuditLog,
    private readonly hasher: PasswordHasher,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(actor: Actor, input: CreateStaffInput): Promise<StaffView> {
    const fields = Staff.draft({ ...input, passwordHash: '' });
    const passwordHash = await this.hasher.hash(checkStaffPassword(input.password));
    const created = await this.unitOfWork.run(async () => {
      const member = await this.staff.create({ ...fields, passwordHash });
      await this.audit.record({
        actorId: actor.staffId,
        actorEmail: actor.email,
        action: 'staff.create',
        entityType: 'staff',
        entityId: String(member.id),
        before: null,
        after: auditedStaff(member),
      });
      return member;
    });
    return toStaffView(created);
  }
}
