import { Injectable } from '@nestjs/common';
import { AddressBookRepository } from '../domain/address-book.repository.js';
import { checkUserId } from '../domain/user.js';
import { toAddressView, type AddressView } from './address-view.js';

/** The buyer's addresses, the default first. `userId` is the access token's subject. */
@Injectable()
export class ListAddresses {
  constructor(private readonly books: AddressBookRepository) {}

  async execute(userId: number): Promise<AddressView[]> {
    checkUserId(userId);
    return (await this.books.load(userId)).addresses().map(toAddressView);
  }
}
