import type { StaffCaller } from '@nestmall/admin';
import { InvalidArgumentError, PermissionDeniedError } from '@nestmall/platform';
import type { CatalogActor } from '../application/catalog-admin-views.js';
import { isReviewStep, REVIEW_STEP_PERMISSION } from '../application/review-product.js';
import type { CatalogCaller } from '../client/catalog.client.js';

/** The catalog's actor: the staff member of the verified staff token. */
export function staffActor(caller: StaffCaller): CatalogActor {
  return { staffId: caller.staff.staff_id, email: caller.staff.email };
}

export function catalogCaller(caller: StaffCaller): CatalogCaller {
  return { actor: staffActor(caller), accessToken: caller.accessToken };
}

/** 403 unless the caller's role holds the permission `step` needs (REVIEW_STEP_PERMISSION). */
export function requireStepPermission(caller: StaffCaller, step: string): void {
  if (!isReviewStep(step)) throw new InvalidArgumentError(`step "${step}" is not a review step`);
  const permission = REVIEW_STEP_PERMISSION[step];
  if (!caller.staff.permissions.includes(permission))
    throw new PermissionDeniedError(
      `this needs the ${permission} permission (role ${caller.staff.role})`,
    );
}
