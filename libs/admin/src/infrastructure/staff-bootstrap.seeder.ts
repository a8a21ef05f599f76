import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@nestmall/platform';
import { BootstrapStaff } from '../application/bootstrap-staff.js';
import type { Role } from '../domain/roles.js';
import type { AdminConfig } from '../admin.config.js';

/** The demo data's staff, one of each role (SEED_DEMO_DATA=true, the default). */
export const DEMO_STAFF_PASSWORD = 'staff-demo-2026';
export const DEMO_STAFF: readonly { email: string; name: string; role: Role }[] = [
  { email: 'admin@nestmall.example', name: 'Demo admin', role: 'admin' },
  { email: 'merch@nestmall.example', name: 'Demo merchandiser', role: 'merchandiser' },
  { email: 'auditor@nestmall.example', name: 'Demo auditor', role: 'auditor' },
  { email: 'support@nestmall.example', name: 'Demo support', role: 'support' },
];

/**
 * At start: the first admin from ADMIN_BOOTSTRAP_EMAIL + ADMIN_BOOTSTRAP_PASSWORD (the password
 * is never logged), and the demo staff when the shop seeds demo data. Existing e-mails are kept.
 */
@Injectable()
export class StaffBootstrapSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('StaffBootstrap');

  constructor(
    private readonly bootstrap: BootstrapStaff,
    private readonly config: ConfigService<AppConfig & AdminConfig, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = this.config.get('ADMIN_BOOTSTRAP_EMAIL', { infer: true });
    const password = this.config.get('ADMIN_BOOTSTRAP_PASSWORD', { infer: true });
    if ((email === undefined) !== (password === undefined))
      throw new Error('ADMIN_BOOTSTRAP_EMAIL and ADMIN_BOOTSTRAP_PASSWORD: set both or neither');
    if (email && password) {
      const made = await this.bootstrap.execute({ email, name: 'Admin', role: 'admin', password });
      if (made) this.logger.log(`made the first admin, ${email} (ADMIN_BOOTSTRAP_EMAIL)`);
    }
    if (!this.config.get('SEED_DEMO_DATA', { infer: true })) return;
    let made = 0;
    for (const staff of DEMO_STAFF)
      if (await this.bootstrap.execute({ ...staff, password: DEMO_STAFF_PASSWORD })) made++;
    if (made) this.logger.log(`seeded ${made} demo staff (admin@nestmall.example, ...)`);
  }
}
