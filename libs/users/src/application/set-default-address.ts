import { Injectable } from '@nestjs/common';
import { toAddressView, type AddressView } from './address-view.js';
import { ChangeAddressBook } from './change-address-book.js';

/** Makes an address the default (the one before stops being it). */
@Injectable()
export class SetDefaultAddress {
  constructor(private readonly books: ChangeAddressBook) {}

  async execute(userId: number, addressId: number): Promise<AddressView> {
    return toAddressView(await this.books.run(userId, (book) => book.setDefault(addressId)));
  }
}
