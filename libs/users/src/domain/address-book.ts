import { ConflictError, InvalidArgumentError, NotFoundError } from '@nestmall/ports/platform';
import { MOBILE_RULE } from './user.js';

/** Where a parcel goes, as the buyer typed it (mainland China: province, city, district). */
export interface AddressFields {
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
  postalCode: string | null;
}

export interface ShippingAddress extends AddressFields {
  /** 0 until the address is stored. */
  addressId: number;
  isDefault: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A buyer keeps at most this many addresses (a shop's usual cap; eShop keeps one). */
export const MAX_ADDRESSES = 20;
export const MAX_ADDRESS_ID = 2_147_483_647;

export const ADDRESS_RULES = {
  recipient: { min: 1, max: 32, text: 'recipient must be 1 to 32 characters' },
  mobile: {
    pattern: MOBILE_RULE.pattern,
    text: 'mobile must be an 11-digit mainland China mobile number, such as 13800138000',
  },
  province: { min: 1, max: 32, text: 'province must be 1 to 32 characters' },
  city: { min: 1, max: 32, text: 'city must be 1 to 32 characters' },
  district: { min: 1, max: 32, text: 'district must be 1 to 32 characters' },
  street: { min: 1, max: 128, text: 'street must be 1 to 128 characters' },
  postalCode: { pattern: /^\d{6}$/, text: 'postal_code must be 6 digits, such as 100000' },
} as const;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The address rules for every transport; answers the fields trimmed. */
export function checkAddressFields(input: AddressFields): AddressFields {
  const text = (field: 'recipient' | 'province' | 'city' | 'district' | 'street') => {
    const rule = ADDRESS_RULES[field];
    const raw: unknown = input[field];
    const value = typeof raw === 'string' ? raw.trim() : '';
    const length = [...value].length;
    if (length < rule.min || length > rule.max || CONTROL.test(value))
      throw new InvalidArgumentError(rule.text);
    return value;
  };
  const recipient = text('recipient');
  if (typeof input.mobile !== 'string' || !ADDRESS_RULES.mobile.pattern.test(input.mobile))
    throw new InvalidArgumentError(ADDRESS_RULES.mobile.text);
  const postalCode = input.postalCode || null;
  if (postalCode !== null && !ADDRESS_RULES.postalCode.pattern.test(postalCode))
    throw new InvalidArgumentError(ADDRESS_RULES.postalCode.text);
  return {
    recipient,
    mobile: input.mobile,
    province: text('province'),
    city: text('city'),
    district: text('district'),
    street: text('street'),
    postalCode,
  };
}

export function checkAddressId(id: number): void {
  if (!Number.isInteger(id) || id < 1 || id > MAX_ADDRESS_ID)
    throw new InvalidArgumentError(`address_id must be an integer from 1 to ${MAX_ADDRESS_ID}`);
}

/** Unknown, or another buyer's: the same answer, so ids of others cannot be probed. */
export class AddressNotFoundError extends NotFoundError {
  constructor(addressId: number) {
    super(`address_id ${addressId} not found`);
  }
}

export class TooManyAddressesError extends ConflictError {
  constructor() {
    super(`a buyer keeps at most ${MAX_ADDRESSES} addresses: delete one first`);
  }
}

/** A save found the book changed since it was loaded (another request of the same buyer). */
export class AddressBookChangedConcurrentlyError extends ConflictError {
  constructor(userId: number) {
    super(`the addresses of user ${userId} were changed by another request; try again`);
  }
}

export interface AddressBookChanges {
  added: ShippingAddress[];
  updated: ShippingAddress[];
  removed: number[];
}

/**
 * A buyer's shipping addresses: the aggregate that keeps exactly one default among them (the
 * first address becomes it, removing it promotes the oldest other) and the cap. The version it
 * was loaded with is the repository's optimistic guard.
 */
export class AddressBook {
  private changes: AddressBookChanges = { added: [], updated: [], removed: [] };

  private constructor(
    readonly userId: number,
    readonly version: number,
    private readonly entries: ShippingAddress[],
  ) {}

  static restore(userId: number, version: number, addresses: ShippingAddress[]): AddressBook {
    return new AddressBook(
      userId,
      version,
      addresses.map((a) => ({ ...a })),
    );
  }

  /** The default first, then oldest first. */
  addresses(): ShippingAddress[] {
    return [...this.entries]
      .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.addressId - b.addressId)
      .map((a) => ({ ...a }));
  }

  /** @throws AddressNotFoundError */
  get(addressId: number): ShippingAddress {
    return { ...this.find(addressId) };
  }

  /** @throws TooManyAddressesError */
  add(fields: AddressFields, makeDefault: boolean, now = new Date()): ShippingAddress {
    if (this.entries.length >= MAX_ADDRESSES) throw new TooManyAddressesError();
    const address: ShippingAddress = {
      ...checkAddressFields(fields),
      addressId: 0,
      isDefault: false,
      createdAt: now,
      updatedAt: now,
    };
    this.entries.push(address);
    this.changes.added.push(address);
    if (makeDefault || this.entries.length === 1) this.makeDefault(address, now);
    return address;
  }

  /** @throws AddressNotFoundError */
  update(addressId: number, fields: AddressFields, now = new Date()): ShippingAddress {
    const address = this.find(addressId);
    Object.assign(address, checkAddressFields(fields), { updatedAt: now });
    this.touched(address);
    return { ...address };
  }

  /** @throws AddressNotFoundError */
  setDefault(addressId: number, now = new Date()): ShippingAddress {
    const address = this.find(addressId);
    this.makeDefault(address, now);
    return { ...address };
  }

  /** Removing the default promotes the oldest remaining address. @throws AddressNotFoundError */
  remove(addressId: number, now = new Date()): void {
    const address = this.find(addressId);
    this.entries.splice(this.entries.indexOf(address), 1);
    this.changes.removed.push(addressId);
    this.changes.updated = this.changes.updated.filter((a) => a !== address);
    if (address.isDefault && this.entries.length > 0) {
      const oldest = this.entries.reduce((a, b) => (a.addressId <= b.addressId ? a : b));
      this.makeDefault(oldest, now);
    }
  }

  /** What changed since the last call: the repository writes it. */
  pullChanges(): AddressBookChanges {
    const changes = this.changes;
    this.changes = { added: [], updated: [], removed: [] };
    return changes;
  }

  private makeDefault(address: ShippingAddress, now: Date): void {
    for (const other of this.entries) {
      if (other.isDefault && other !== address) {
        other.isDefault = false;
        other.updatedAt = now;
        this.touched(other);
      }
    }
    if (!address.isDefault) {
      address.isDefault = true;
      address.updatedAt = now;
      this.touched(address);
    }
  }

  private touched(address: ShippingAddress): void {
    if (!this.changes.added.includes(address) && !this.changes.updated.includes(address))
      this.changes.updated.push(address);
  }

  private find(addressId: number): ShippingAddress {
    checkAddressId(addressId);
    const address = this.entries.find((a) => a.addressId === addressId);
    if (!address) throw new AddressNotFoundError(addressId);
    return address;
  }
}
