import { InvalidArgumentError } from '@nestmall/ports/platform';

/**
 * What a staff member may do. Each admin route and RPC requires one; a role is a set of them.
 * The table of roles and permissions is in docs/admin.md.
 */
export const PERMISSIONS = [
  'product:write',
  'product:review',
  'stock:write',
  'promotion:write',
  'audit:read',
  'staff:manage',
  'support:chat',
  'aftersales:decide',
  'order:ship',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Every staff role and its permissions: the one definition. */
export const ROLE_PERMISSIONS = {
  admin: [...PERMISSIONS],
  // Writes products, stock and promotions (coupons, discounts, red packets); somebody else
  // reviews the products.
  merchandiser: ['product:write', 'stock:write', 'promotion:write'],
  // Reviews products and reads the audit log; changes nothing else.
  auditor: ['product:review', 'audit:read'],
  // Answers buyers in the customer-service chat and decides their return and refund requests.
  support: ['support:chat', 'aftersales:decide'],
  // Ships paid orders with a carrier shipment (the warehouse).
  shipper: ['order:ship'],
} as const satisfies Record<string, readonly Permission[]>;

export type Role = keyof typeof ROLE_PERMISSIONS;
export const ROLES = Object.keys(ROLE_PERMISSIONS) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.hasOwn(ROLE_PERMISSIONS, value);
}

/** @throws InvalidArgumentError naming the field when `value` is no role */
export function checkRole(value: unknown): Role {
  if (!isRole(value)) throw new InvalidArgumentError(`role must be one of ${ROLES.join(', ')}`);
  return value;
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}
