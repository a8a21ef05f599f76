import { Injectable } from '@nestjs/common';
import { NotFoundError, UnitOfWork } from '@nestmall/ports/platform';
import { AuditLog } from '../domain/audit-log.js';
import { StaffRepository } from '../domain/staff.repository.js';
import { auditedStaff, toStaffView, type Actor, type StaffView } from './staff-view.js';

/** Another role for a staff member (the Staff aggregate's rule), audited with before and after. */
@Injectable()
export class ChangeStaffRole {
  constructor(
    private readonly staff: StaffRepository,
    private readonly audit: AuditLog,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  execute(actor: Actor, staffId: number, role: string): Promise<StaffView> {
    return this.unitOfWork.run(async () => {
      const member = await this.staff.findById(staffId);
      if (!member) throw new NotFoundError(`staff ${staffId} not found`);
      const before = auditedStaff(member);
      if (member.changeRole(role, { staffId: actor.staffId })) {
        await this.staff.save(member);
        await this.audit.record({
          actorId: actor.staffId,
          actorEmail: actor.email,
          action: 'staff.role',
          entityType: 'staff',
          entityId: String(member.id),
          before,
          after: auditedStaff(member),
        });
      }
      return toStaffView(member);
    });
  }
}
