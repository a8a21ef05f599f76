import type { AddressFields, ShippingAddress } from '../domain/address-book.js';

/** An address as the REST edge, gRPC and the orders context see it. */
export interface AddressView {
  address_id: number;
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postal_code: string | null;
  is_default: boolean;
  /** RFC 3339, UTC */
  created_at: string;
  /** RFC 3339, UTC */
  updated_at: string;
}

/** An address as a buyer sends it. */
export interface AddressInput {
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postal_code?: string | null;
}

export function toAddressView(a: ShippingAddress): AddressView {
  return {
    address_id: a.addressId,
    recipient: a.recipient,
    mobile: a.mobile,
    province: a.province,
    city: a.city,
    district: a.district,
    street: a.street,
    postal_code: a.postalCode,
    is_default: a.isDefault,
    created_at: a.createdAt.toISOString(),
    updated_at: a.updatedAt.toISOString(),
  };
}

export function toAddressFields(input: AddressInput): AddressFields {
  return {
    recipient: input.recipient,
    mobile: input.mobile,
    province: input.province,
    city: input.city,
    district: input.district,
    street: input.street,
    postalCode: input.postal_code ?? null,
  };
}
