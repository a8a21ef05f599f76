export { VerificationModule, VerificationHttpModule } from './verification.module.js';
export {
  VerificationClient,
  type CheckCodeInput,
  type IssueCodeInput,
  type IssuedCodeView,
} from './client/verification.client.js';
export { VerificationRemoteModule } from './client/verification-remote.module.js';
export { VERIFICATION_CONFIG, type VerificationConfig } from './verification.config.js';
export { VERIFICATION_PROTO } from './verification.proto-contract.js';
export { VERIFICATION_CONTEXT } from './verification.context.js';
export { CODE_PATTERN, CODE_RULE } from './domain/verification-code.js';
export { MOBILE_PATTERN } from './domain/purpose.js';
