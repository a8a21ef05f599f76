import { MARKETING_CONTEXT } from '@nestmall/marketing';
import type { HostedContext } from '@nestmall/platform';

/** The contexts the marketing service hosts (its module and its app read this list). */
export const MARKETING_SERVICE_CONTEXTS: readonly HostedContext[] = [
  { context: MARKETING_CONTEXT },
];
