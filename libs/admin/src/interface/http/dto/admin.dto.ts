import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInt } from '@nestmall/platform';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MAX_AUDIT_PAGE_SIZE, DEFAULT_AUDIT_PAGE_SIZE } from '../../../application/list-audit.js';
import { AUDIT_KINDS } from '../../../domain/audit-log.js';
import { PERMISSIONS, ROLES, type Permission, type Role } from '../../../domain/roles.js';
import { MAX_STAFF_PASSWORD, MIN_STAFF_PASSWORD } from '../../../domain/staff-password.js';
import { MAX_STAFF_NAME } from '../../../domain/staff.js';

export class StaffLogInBody {
  @ApiProperty({ example: 'admin@nestmall.example', maxLength: 254 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'staff-demo-2026', format: 'password', maxLength: MAX_STAFF_PASSWORD })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_STAFF_PASSWORD)
  password: string;
}

export class CreateStaffBody {
  @ApiProperty({ example: 'li.lei@nestmall.example', maxLength: 254 })
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Li Lei', maxLength: MAX_STAFF_NAME })
  @IsString()
  @MaxLength(MAX_STAFF_NAME)
  name: string;

  @ApiProperty({ enum: ROLES, example: 'merchandiser' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty({
    example: 'a-long-staff-password',
    format: 'password',
    minLength: MIN_STAFF_PASSWORD,
    maxLength: MAX_STAFF_PASSWORD,
  })
  @IsString()
  @MaxLength(MAX_STAFF_PASSWORD)
  password: string;
}

export class ChangeRoleBody {
  @ApiProperty({ enum: ROLES, example: 'auditor' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;
}

export class StaffIdParams {
  @ApiProperty({ name: 'id', type: 'integer', format: 'int32', minimum: 1, example: 2 })
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  id: number;
}

export class AuditQueryParams {
  @ApiPropertyOptional({
    description: 'Only changes by this staff member',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 2_147_483_647,
    example: 1,
  })
  @IsOptional()
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  actor_id?: number;

  @ApiPropertyOptional({
    description: 'Only this action',
    example: 'staff.create',
    maxLength: 64,
    pattern: '^[a-z_]+\\.[a-z_]+$',
  })
  @IsOptional()
  @Matches(/^[a-z_]{1,31}\.[a-z_]{1,32}$/, { message: 'action must look like staff.create' })
  action?: string;

  @ApiPropertyOptional({
    description: 'Only changes of this kind of entity',
    example: 'staff',
    maxLength: 32,
    pattern: '^[a-z_]+$',
  })
  @IsOptional()
  @Matches(/^[a-z_]{1,32}$/, { message: 'entity_type must be lower-case letters, like staff' })
  entity_type?: string;

  @ApiPropertyOptional({
    description: 'Only changes of this entity (with entity_type)',
    example: '2',
    maxLength: 64,
    pattern: '^[A-Za-z0-9_-]+$',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, {
    message: 'entity_id must be 1 to 64 letters, digits, _ or -',
  })
  entity_id?: string;

  @ApiPropertyOptional({
    description:
      'Only changes of this kind: staff; catalog (product, brand, category); marketing ' +
      '(sku_discount, spend_and_save, coupon_batch); stock',
    enum: Object.keys(AUDIT_KINDS),
    example: 'marketing',
  })
  @IsOptional()
  @IsIn(Object.keys(AUDIT_KINDS))
  kind?: string;

  @ApiPropertyOptional({
    description: 'Page number, from 1',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 1_000_000,
    default: 1,
  })
  @IsOptional()
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page_num?: number;

  @ApiPropertyOptional({
    description: 'Entries per page',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_AUDIT_PAGE_SIZE,
    default: DEFAULT_AUDIT_PAGE_SIZE,
  })
  @IsOptional()
  @DecimalInt()
  @IsInt()
  @Min(1)
  @Max(MAX_AUDIT_PAGE_SIZE)
  page_size?: number;
}

export class StaffResponse {
  @ApiProperty({ type: 'integer', example: 1 })
  staff_id: number;

  @ApiProperty({ example: 'admin@nestmall.example' })
  email: string;

  @ApiProperty({ example: 'Demo admin' })
  name: string;

  @ApiProperty({ enum: ROLES, example: 'admin' })
  role: Role;

  @ApiProperty({
    enum: PERMISSIONS,
    isArray: true,
    example: ['audit:read', 'staff:manage'],
    description: 'what the role may do now',
  })
  permissions: Permission[];

  @ApiProperty({ example: '2026-11-30T12:00:00.000Z', format: 'date-time' })
  created_at: string;
}

export class StaffTokenResponse {
  @ApiProperty({
    example: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiIsInR5cCI6ImF0K2p3dCJ9...',
    description: 'a staff access token (audience nestmall-staff)',
  })
  access_token: string;

  @ApiProperty({ example: 'Bearer', enum: ['Bearer'] })
  token_type: 'Bearer';

  @ApiProperty({
    type: 'integer',
    example: 3600,
    description: 'lifetime in seconds (JWT_EXPIRES_IN)',
  })
  expires_in: number;

  @ApiProperty({ type: StaffResponse })
  staff: StaffResponse;
}

export class AuditEntryResponse {
  @ApiProperty({ type: 'integer', example: 7 })
  audit_id: number;

  @ApiProperty({
    type: 'integer',
    example: 1,
    description: 'the staff member who acted (0: the system at start-up)',
  })
  actor_id: number;

  @ApiProperty({ example: 'admin@nestmall.example' })
  actor_email: string;

  @ApiProperty({ example: 'staff.role' })
  action: string;

  @ApiProperty({ example: 'staff' })
  entity_type: string;

  @ApiProperty({ example: '2' })
  entity_id: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    example: { role: 'merchandiser' },
    description: 'the entity before the change (null: it did not exist)',
  })
  before: unknown;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    example: { role: 'auditor' },
    description: 'the entity after the change',
  })
  after: unknown;

  @ApiProperty({ example: '2026-11-30T12:00:00.000Z', format: 'date-time' })
  at: string;
}

export class AuditPageResponse {
  @ApiProperty({ type: [AuditEntryResponse] })
  entries: AuditEntryResponse[];

  @ApiProperty({ type: 'integer', example: 42 })
  total: number;

  @ApiProperty({ type: 'integer', example: 1 })
  page_num: number;

  @ApiProperty({ type: 'integer', example: 20 })
  page_size: number;
}
