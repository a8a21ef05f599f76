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

  // The profile (migration 1764400000000).
  @Column({ type: 'varchar', length: 64, nullable: true })
  nickname: string | null;

  @Column({ name: 'avatar_url', type: 'varchar', length: 512, nullable: true })
  avatarUrl: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** When a deleted user's personal data was erased (null: not yet, or not deleted). */
  @Column({ name: 'anonymised_at', type: 'datetime', nullable: true })
  anonymisedAt: Date | null;

  // Set by the application in UTC rather than by a database default, which would follow the
  // server's time zone on MySQL.
  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'datetime', nullable: true })
  deletedAt: Date | null;
}
