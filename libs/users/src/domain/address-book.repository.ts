import type { AddressBook } from './address-book.js';

/** The shipping addresses' persistence port (bound to TypeORM in infrastructure/). */
export abstract class AddressBookRepository {
  /** The buyer's book (empty, version 0, for a buyer without addresses). */
  abstract load(userId: number): Promise<AddressBook>;
  /**
   * Writes the book's changes, guarded on the version it was loaded with; gives added addresses
   * their ids. Run in a unit of work. @throws AddressBookChangedConcurrentlyError
   */
  abstract save(book: AddressBook): Promise<void>;
  /** Every address of the buyer (the anonymisation of a deleted account). */
  abstract removeAll(userId: number): Promise<void>;
}
