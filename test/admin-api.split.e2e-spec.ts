import { mariadbDatabase } from './support/databases.js';
import { startSplit, type SplitShop } from './support/split.js';
import { adminApiSuite } from './admin-api.suite.js';

/**
 * The same back-office suite against the split topology: the gateway in front of the
 * admin-service (staff, roles, audit log; its own staff-token keys) and the user-service (buyers'
 * tokens, to be refused), each on its own MariaDB database.
 */
const users = await mariadbDatabase('mall_user_ae2e');
const admin = await mariadbDatabase('mall_admin_ae2e');

if (!users || !admin) {
  it.skip('admin API (split): no MariaDB, see the warning above', () => undefined);
} else {
  let shop: SplitShop;
  beforeAll(async () => {
    shop = await startSplit({ databases: { users: users.url, admin: admin.url } });
  }, 90_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([users.drop(), admin.drop()]);
  });
  adminApiSuite(
    'split: gateway + admin-service on MariaDB',
    () => shop,
    () => shop.admin!.env.GRPC_URL,
  );
}
