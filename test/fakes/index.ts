// In-memory fakes of the ports, shared by the unit specs beside the code (libs/**/*.spec.ts).
// Test code only: not built, not in the layer lint (specs import it as '@nestmall/testing').
export { fakeConfig } from './config.js';
export { FakeEventBus } from './messaging.js';
export {
  FakeCatalogClient,
  FakeInventoryClient,
  FakeStockGate,
  InMemoryOrders,
  sku,
} from './orders.js';
export { InMemoryRankedOrders, InMemorySkuSales } from './ranking.js';
export { InMemoryStock } from './stock.js';
export { InMemoryBranchBarrier, InMemoryGlobalTransactionLog } from './transactions.js';
export { FakeUnitOfWork } from './unit-of-work.js';
export {
  FakePasswordHasher,
  InMemoryAddressBooks,
  InMemoryRefreshTokens,
  InMemoryUserMobiles,
  InMemoryUsers,
  RecordingRevocations,
} from './users.js';
export { ordersContextWithFakes } from './orders-context.js';
export { InMemoryAuditLog, InMemoryStaff } from './admin.js';
export {
  FakeVerificationClient,
  RecordedVerificationMessages,
  recordingSenders,
} from './verification.js';
export { InMemoryCarts } from './cart.js';
export { FakeMarketingClient, InMemoryCoupons, couponTerms } from './marketing.js';
export { FakeOrdersClient } from './orders-client.js';
export { FakePaymentProvider, FakePaymentProviders, InMemoryPayments } from './payment.js';
export { InMemoryCatalogProducts } from './catalog.js';
export { InMemoryTaxa } from './taxa.js';
export { InMemoryConversations, InMemoryOrderProgress, RecordingChatFanout } from './im.js';
export { FakeModeration, UnusedThirdparty } from './thirdparty.js';
