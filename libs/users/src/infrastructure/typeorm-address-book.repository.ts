import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager, isUniqueViolation } from '@nestmall/platform';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AddressBook,
  AddressBookChangedConcurrentlyError,
  type ShippingAddress,
} from '../domain/address-book.js';
import { AddressBookRepository } from '../domain/address-book.repository.js';
import { AddressBookEntity, ShippingAddressEntity } from './shipping-address.entities.js';

@Injectable()
export class TypeOrmAddressBookRepository extends AddressBookRepository {
  /** MySQL's DATETIME keeps whole seconds; SQLite keeps what it is given. */
  private readonly wholeSeconds: boolean;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
    this.wholeSeconds = dataSource.options.type === 'mysql';
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async load(userId: number): Promise<AddressBook> {
    const [book, rows] = await Promise.all([
      this.manager.findOneBy(AddressBookEntity, { userId }),
      this.manager.find(ShippingAddressEntity, { where: { userId }, order: { addressId: 'ASC' } }),
    ]);
    return AddressBook.restore(userId, book?.version ?? 0, rows.map(toAddress));
  }

  async save(book: AddressBook): Promise<void> {
    await this.bumpVersion(book);
    const { added, updated, removed } = book.pullChanges();
    for (const id of removed)
      await this.manager.delete(ShippingAddressEntity, { addressId: id, userId: book.userId });
    for (const address of updated) {
      await this.manager.update(
        ShippingAddressEntity,
        { addressId: address.addressId, userId: book.userId },
        this.row(book.userId, address),
      );
    }
    for (const address of added) {
      const result = await this.manager.insert(
        ShippingAddressEntity,
        this.row(book.userId, address),
      );
      address.addressId = Number(result.identifiers[0].addressId);
    }
  }

  async removeAll(userId: number): Promise<void> {
    await this.manager.delete(ShippingAddressEntity, { userId });
    await this.manager.delete(AddressBookEntity, { userId });
  }

  /** The guard: one row per buyer whose version moves by one per save, from the version read. */
  private async bumpVersion(book: AddressBook): Promise<void> {
    const { userId, version } = book;
    if (version === 0) {
      try {
        await this.manager.insert(AddressBookEntity, { userId, version: 1 });
        return;
      } catch (error) {
        if (isUniqueViolation(error)) throw new AddressBookChangedConcurrentlyError(userId);
        throw error;
      }
    }
    const result = await this.manager.update(
      AddressBookEntity,
      { userId, version },
      { version: version + 1 },
    );
    if ((result.affected ?? 0) !== 1) throw new AddressBookChangedConcurrentlyError(userId);
  }

  /** The row of an address; its times become what the database keeps (whole seconds on MySQL). */
  private row(userId: number, a: ShippingAddress): Omit<ShippingAddressEntity, 'addressId'> {
    const at = (d: Date) =>
      this.wholeSeconds ? new Date(Math.floor(d.getTime() / 1000) * 1000) : d;
    a.createdAt = at(a.createdAt);
    a.updatedAt = at(a.updatedAt);
    return {
      userId,
      recipient: a.recipient,
      mobile: a.mobile,
      province: a.province,
      city: a.city,
      district: a.district,
      street: a.street,
      postalCode: a.postalCode,
      isDefault: a.isDefault,
      createdAt: at(a.createdAt),
      updatedAt: at(a.updatedAt),
    };
  }
}

function toAddress(row: ShippingAddressEntity): ShippingAddress {
  return {
    addressId: row.addressId,
    recipient: row.recipient,
    mobile: row.mobile,
    province: row.province,
    city: row.city,
    district: row.district,
    street: row.street,
    postalCode: row.postalCode,
    isDefault: Boolean(row.isDefault),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
