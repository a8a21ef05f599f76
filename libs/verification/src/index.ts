export { VerificationModule, VerificationHttpModule } from './verification.module.js';
export { VerificationRemoteModule } from './client/verification-remote.module.js';
export {
  VERIFICATION_CONFIG,
  VERIFICATION_PROCESS_LOCAL,
  type VerificationConfig,
} from './verification.config.js';
export { VERIFICATION_PROTO } from './verification.proto-contract.js';
export { VERIFICATION_CONTEXT } from './verification.context.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/verification').
export * from './ports.js';
