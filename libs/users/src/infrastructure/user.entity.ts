import { Column, DeleteDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The course's ts_user table (database godistappdev there; mall_user in the split topology). */
@Entity({ name: 'ts_user' })
export class UserEntity {
  @PrimaryGeneratedColumn({ name: 'user_id', type: 'int' })
  id: number;

  @Column({ name: 'user_name', type: 'varchar', length: 32, unique: true })
  name: string;

  /** userNameKey(name): unique, what log-in and registration compare (migration 1764130000000). */
  @Column({ name: 'user_name_key', type: 'varchar', length: 32, nullable: true })
  nameKey: string;

  /** argon2id, PHC string format. */
  @Column({ name: 'user_pwd', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'user_mobile', type: 'varchar', length: 20 })
  mobile: string;

  // Set by the application in UTC rather than by a database default, which would follow the
  // server's time zone on MySQL.
  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'datetime', nullable: true })
  deletedAt: Date | null;
}
