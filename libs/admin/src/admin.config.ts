import { z } from 'zod';
import type { ConfigFragment, ConfigOf } from '@nestmall/ports/platform';

/** The admin context's variables (documented in .env.example and docs/admin.md). */
export const ADMIN_CONFIG = {
  // The key directory of the staff access tokens (the admin context's own EdDSA keys, apart from
  // the buyers' JWT_KEYS_DIR). Unset: ./data/admin-jwt-keys. Replicas share it.
  ADMIN_KEYS_DIR: z.string().min(1).optional(),
  // The first admin, made at start when no staff member has this e-mail. Both or neither.
  ADMIN_BOOTSTRAP_EMAIL: z.string().min(3).optional(),
  ADMIN_BOOTSTRAP_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
} satisfies ConfigFragment;

export type AdminConfig = ConfigOf<typeof ADMIN_CONFIG>;

export const DEFAULT_ADMIN_KEYS_DIR = './data/admin-jwt-keys';
