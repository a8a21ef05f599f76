import { ADMIN_CONTEXT } from '@nestmall/admin';
import type { HostedContext } from '@nestmall/platform';

/** The contexts the admin service hosts (its module and its app read this list). */
export const ADMIN_SERVICE_CONTEXTS: readonly HostedContext[] = [{ context: ADMIN_CONTEXT }];
