import { mariadbDatabase } from './support/databases.js';
import { startSplit, type SplitShop } from './support/split.js';
import { marketingApiSuite } from './marketing-api.suite.js';

/**
 * The same marketing suite against the split topology: gateway, user-service and
 * marketing-service as separate processes, each on its own MariaDB database.
 */
const users = await mariadbDatabase('mall_user_me2e');
const marketing = await mariadbDatabase('mall_marketing_me2e');

if (!users || !marketing) {
  it.skip('marketing API (split): no MariaDB, see the warning above', () => undefined);
} else {
  let shop: SplitShop;
  beforeAll(async () => {
    shop = await startSplit({
      databases: { users: users.url, marketing: marketing.url },
      // The red packet test registers and logs in 25 buyers from one address.
      env: { AUTH_ATTEMPTS_PER_MINUTE: '10000', GRPC_DEADLINE_MS: '30000' },
    });
  }, 90_000);
  afterAll(async () => {
    await shop?.close();
    await Promise.all([users.drop(), marketing.drop()]);
  });
  marketingApiSuite(
    'split: gateway + user-service + marketing-service on MariaDB',
    () => shop,
    () => marketing,
  );
}
