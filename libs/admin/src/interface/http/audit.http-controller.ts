import { Controller, Get, HttpStatus, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@nestmall/platform';
import { AdminClient, type StaffCaller } from '../../client/admin.client.js';
import { CurrentStaff, StaffOnly } from '../staff.guard.js';
import { AuditPageResponse, AuditQueryParams } from './dto/admin.dto.js';

@ApiTags('admin: audit')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('admin/audit')
export class AuditHttpController {
  constructor(private readonly admin: AdminClient) {}

  @Get()
  @StaffOnly('audit:read')
  @ApiOperation({
    summary: 'The audit log of admin changes, newest first (permission audit:read)',
    description:
      'Who changed what, with the entity as JSON before and after, in UTC: staff accounts, and ' +
      'the catalog, marketing (promotions, coupon batches) and stock changes other contexts ' +
      'report by event (kind filters them).',
  })
  @ApiOkResponse({ type: AuditPageResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST)
  list(
    @CurrentStaff() caller: StaffCaller,
    @Query() query: AuditQueryParams,
  ): Promise<AuditPageResponse> {
    return this.admin.listAudit(caller, {
      actorId: query.actor_id,
      action: query.action,
      entityType: query.entity_type,
      entityId: query.entity_id,
      kind: query.kind,
      pageNum: query.page_num,
      pageSize: query.page_size,
    });
  }
}
