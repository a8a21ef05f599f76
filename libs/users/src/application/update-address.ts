import { Injectable } from '@nestjs/common';
import {
  toAddressFields,
  toAddressView,
  type AddressInput,
  type AddressView,
} from './address-view.js';
import { ChangeAddressBook } from './change-address-book.js';

/** Replaces an address's fields; orders placed with it keep their own copy. */
@Injectable()
export class UpdateAddress {
  constructor(private readonly books: ChangeAddressBook) {}

  async execute(userId: number, addressId: number, input: AddressInput): Promise<AddressView> {
    const updated = await this.books.run(userId, (book) =>
      book.update(addressId, toAddressFields(input)),
    );
    return toAddressView(updated);
  }
}
