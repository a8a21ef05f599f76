import { Injectable } from '@nestjs/common';
import { ChangeAddressBook } from './change-address-book.js';

/** Deletes an address; deleting the default promotes the oldest other one. */
@Injectable()
export class RemoveAddress {
  constructor(private readonly books: ChangeAddressBook) {}

  async execute(userId: number, addressId: number): Promise<void> {
    await this.books.run(userId, (book) => book.remove(addressId));
  }
}
