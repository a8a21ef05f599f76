import { Injectable } from '@nestjs/common';
import { AddressBookRepository } from '../domain/address-book.repository.js';
import { checkUserId } from '../domain/user.js';
import { toAddressView, type AddressView } from './address-view.js';

/**
 * One of the buyer's addresses (what an order ships to); another buyer's is not found, like an
 * unknown one. `userId` is the access token's subject.
 */
@Injectable()
export class GetAddress {
  constructor(private readonly books: AddressBookRepository) {}

  async execute(userId: number, addressId: number): Promise<AddressView> {
    checkUserId(userId);
    return toAddressView((await this.books.load(userId)).get(addressId));
  }
}
