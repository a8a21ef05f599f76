import { Global, Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottlingModule } from '@nestmall/platform';
import { Argon2PasswordHasher, PasswordHasher } from '@nestmall/users';
import { AuthenticateStaff } from './application/authenticate-staff.js';
import { BootstrapStaff } from './application/bootstrap-staff.js';
import { StaffChangeAuditHandler } from './application/staff-change-audit.handler.js';
import { ChangeStaffRole } from './application/change-staff-role.js';
import { CreateStaff } from './application/create-staff.js';
import { ListAudit } from './application/list-audit.js';
import { ListStaff } from './application/list-staff.js';
import { LogInStaff } from './application/log-in-staff.js';
import { StaffTokens } from './application/staff-tokens.js';
import { AdminClient } from './client/admin.client.js';
import { InProcessAdminClient } from './client/in-process-admin.client.js';
import { AuditLog } from './domain/audit-log.js';
import { StaffRepository } from './domain/staff.repository.js';
import { AuditEntity, StaffEntity } from './infrastructure/admin.entities.js';
import { JoseStaffTokens } from './infrastructure/jose-staff-tokens.js';
import { CreateAdmin1764500000000 } from './infrastructure/migrations/1764500000000-create-admin.js';
import { StaffBootstrapSeeder } from './infrastructure/staff-bootstrap.seeder.js';
import { TypeOrmAuditLog } from './infrastructure/typeorm-audit-log.js';
import { TypeOrmStaffRepository } from './infrastructure/typeorm-staff.repository.js';
import { AdminGrpcController } from './interface/grpc/admin.grpc-controller.js';
import { AuditHttpController } from './interface/http/audit.http-controller.js';
import { StaffHttpController } from './interface/http/staff.http-controller.js';

export const ADMIN_MIGRATIONS = [CreateAdmin1764500000000];

/**
 * The admin context: staff accounts, roles and permissions, staff tokens (its own keys) and the
 * audit log, with its gRPC server side. Exports AdminClient (in-process). Needs DatabaseModule
 * from the app; counts failed staff log-ins per account (ThrottlingModule). Global: other
 * contexts' back-office routes and RPCs (StaffOnly) find its AdminClient. Appends the other contexts'
 * CatalogChanged, MarketingChanged and StockChanged events to the audit log (needs MessagingModule from the app).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([StaffEntity, AuditEntity]), ThrottlingModule],
  controllers: [AdminGrpcController],
  providers: [
    LogInStaff,
    AuthenticateStaff,
    CreateStaff,
    ChangeStaffRole,
    ListStaff,
    ListAudit,
    BootstrapStaff,
    StaffChangeAuditHandler,
    { provide: StaffRepository, useClass: TypeOrmStaffRepository },
    { provide: AuditLog, useClass: TypeOrmAuditLog },
    { provide: StaffTokens, useClass: JoseStaffTokens },
    { provide: PasswordHasher, useClass: Argon2PasswordHasher },
    { provide: AdminClient, useClass: InProcessAdminClient },
    StaffBootstrapSeeder,
  ],
  exports: [AdminClient],
})
export class AdminModule {}

/** The admin context's REST routes (/admin/...), over whichever AdminClient the app provides. */
@Module({})
export class AdminHttpModule {
  static register(client: { imports: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: AdminHttpModule,
      imports: [...(client.imports ?? []), ThrottlingModule],
      controllers: [StaffHttpController, AuditHttpController],
    };
  }
}
