// '@nestmall/ports/verification': the verification client port, its inputs and views and the
// code rules, for other contexts' domain/ and application/ code (no transport, no ORM behind it).
export {
  VerificationClient,
  type CheckCodeInput,
  type IssueCodeInput,
  type IssuedCodeView,
} from './client/verification.client.js';
export { CODE_PATTERN, CODE_RULE } from './domain/verification-code.js';
export { MOBILE_PATTERN } from './domain/purpose.js';
