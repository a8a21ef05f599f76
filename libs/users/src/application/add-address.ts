import { Injectable } from '@nestjs/common';
import {
  toAddressFields,
  toAddressView,
  type AddressInput,
  type AddressView,
} from './address-view.js';
import { ChangeAddressBook } from './change-address-book.js';

/** A new address; the buyer's first becomes the default, as does one added with `makeDefault`. */
@Injectable()
export class AddAddress {
  constructor(private readonly books: ChangeAddressBook) {}

  async execute(userId: number, input: AddressInput, makeDefault = false): Promise<AddressView> {
    const added = await this.books.run(userId, (book) =>
      book.add(toAddressFields(input), makeDefault),
    );
    return toAddressView(added);
  }
}
