export { MarketingModule, MarketingHttpModule, MARKETING_MIGRATIONS } from './marketing.module.js';
export { MARKETING_PROTO } from './marketing.proto-contract.js';
export { MARKETING_CONTEXT } from './marketing.context.js';
export { MarketingRemoteModule } from './client/marketing-remote.module.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/marketing').
export * from './ports.js';
