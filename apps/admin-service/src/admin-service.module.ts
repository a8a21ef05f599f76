import { Module, type DynamicModule } from '@nestjs/common';
import { hostingAppImports } from '@nestmall/platform';
import { developmentDefaults } from '@nestmall/topology';
import { ADMIN_SERVICE_CONTEXTS } from './admin-service.contexts.js';

/**
 * The admin context (the back office: staff accounts, roles, the audit log) as one gRPC service
 * with its own database (mall_admin on MySQL). It signs staff tokens with its own keys
 * (ADMIN_KEYS_DIR) and checks them on every staff RPC.
 */
@Module({})
export class AdminServiceModule {
  static async forRoot(): Promise<DynamicModule> {
    return {
      module: AdminServiceModule,
      imports: await hostingAppImports('admin-service', ADMIN_SERVICE_CONTEXTS, {
        http: false,
        defaults: developmentDefaults('admin-service'),
      }),
    };
  }
}
