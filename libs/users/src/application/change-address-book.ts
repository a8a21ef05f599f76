import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@nestmall/ports/platform';
import { AddressBookChangedConcurrentlyError, type AddressBook } from '../domain/address-book.js';
import { AddressBookRepository } from '../domain/address-book.repository.js';
import { checkUserId } from '../domain/user.js';

/**
 * Load a buyer's address book, change it, save it guarded on its version, in one local
 * transaction; again (up to ATTEMPTS times) when another request of the same buyer saved in
 * between, so devices adding at once all land and the book keeps one default and its cap.
 */
/** One buyer's concurrent changes are a handful at most (a few devices), not a crowd. */
const ATTEMPTS = 5;

@Injectable()
export class ChangeAddressBook {
  constructor(
    private readonly books: AddressBookRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async run<T>(userId: number, change: (book: AddressBook) => T): Promise<T> {
    checkUserId(userId);
    for (let tries = 1; ; tries++) {
      try {
        return await this.unitOfWork.run(async () => {
          const book = await this.books.load(userId);
          const result = change(book);
          await this.books.save(book);
          return result;
        });
      } catch (error) {
        if (!(error instanceof AddressBookChangedConcurrentlyError) || tries >= ATTEMPTS)
          throw error;
      }
    }
  }
}
