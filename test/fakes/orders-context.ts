import { OrderTransactionTypes } from '../../libs/orders/src/application/order-transaction-types.js';
import { OrdersInFlight } from '../../libs/orders/src/application/orders-in-flight.js';
import { TccCoordinator } from '../../libs/transactions/src/application/tcc-coordinator.js';
import { FakeMarketingClient } from './marketing.js';
import { FakeInventoryClient, InMemoryOrders } from './orders.js';
import { InMemoryBranchBarrier, InMemoryGlobalTransactionLog } from './transactions.js';
import { FakeUnitOfWork } from './unit-of-work.js';

/**
 * The orders context's real TCC definitions and coordinator over in-memory ports: what the
 * specs of PlaceOrder, CancelOrder and the branches start from.
 */
export function ordersContextWithFakes() {
  const orders = new InMemoryOrders();
  const inventory = new FakeInventoryClient();
  const marketing = new FakeMarketingClient();
  const unitOfWork = new FakeUnitOfWork();
  const barrier = new InMemoryBranchBarrier();
  const inFlight = new OrdersInFlight();
  const log = new InMemoryGlobalTransactionLog();
  const coordinator = new TccCoordinator(log, { timeoutMs: 5000, maxAttempts: 3 });
  const transactionTypes = new OrderTransactionTypes(
    coordinator,
    orders,
    inFlight,
    unitOfWork,
    barrier,
    inventory,
    marketing,
  );
  return {
    orders,
    inventory,
    marketing,
    unitOfWork,
    barrier,
    inFlight,
    log,
    coordinator,
    transactionTypes,
  };
}
