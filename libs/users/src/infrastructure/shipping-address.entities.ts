import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** user_shipping_address: a buyer's addresses (migration 1764400000000). */
@Entity({ name: 'user_shipping_address' })
@Index('IX_user_shipping_address_user', ['userId'])
export class ShippingAddressEntity {
  @PrimaryGeneratedColumn({ name: 'address_id', type: 'int' })
  addressId: number;

  @Column({ name: 'user_id', type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 64 })
  recipient: string;

  @Column({ type: 'varchar', length: 20 })
  mobile: string;

  @Column({ type: 'varchar', length: 64 })
  province: string;

  @Column({ type: 'varchar', length: 64 })
  city: string;

  @Column({ type: 'varchar', length: 64 })
  district: string;

  @Column({ type: 'varchar', length: 255 })
  street: string;

  @Column({ name: 'postal_code', type: 'varchar', length: 6, nullable: true })
  postalCode: string | null;

  @Column({ name: 'is_default', type: 'boolean' })
  isDefault: boolean;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}

/** user_address_book: the version of a buyer's addresses, the optimistic guard of their changes. */
@Entity({ name: 'user_address_book' })
export class AddressBookEntity {
  @PrimaryColumn({ name: 'user_id', type: 'int' })
  userId: number;

  @Column({ type: 'int' })
  version: number;
}
