export {
  ThirdpartyModule,
  ThirdpartyHttpModule,
  THIRDPARTY_MIGRATIONS,
} from './thirdparty.module.js';
export { THIRDPARTY_CONFIG, type ThirdpartyConfig } from './thirdparty.config.js';
export { THIRDPARTY_CONTEXT } from './thirdparty.context.js';
export { THIRDPARTY_PROTO } from './thirdparty.proto-contract.js';
export { ThirdpartyRemoteModule } from './client/thirdparty-remote.module.js';
export {
  CarrierProvider,
  IdentityProvider,
  ModerationProvider,
  ProviderRejectedError,
  ProviderUnavailableError,
} from './application/providers.js';
export {
  HttpCarrierProvider,
  HttpIdentityProvider,
  HttpModerationProvider,
} from './infrastructure/http-providers.js';
export { ResilientCalls, type ResilienceSettings } from './infrastructure/resilience.js';
export { signCarrierBody } from './domain/carrier-signature.js';
export { InProcessThirdpartyClient } from './client/in-process-thirdparty.client.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/thirdparty').
export * from './ports.js';
