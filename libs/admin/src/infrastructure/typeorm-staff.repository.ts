import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ambientManager, ConflictError, isUniqueViolation } from '@nestmall/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { checkRole } from '../domain/roles.js';
import { Staff, type NewStaff } from '../domain/staff.js';
import { DuplicateStaffEmailError, StaffRepository } from '../domain/staff.repository.js';
import { StaffEntity } from './admin.entities.js';

/** Staff accounts in admin_staff, in the caller's unit of work; saves guarded by `version`. */
@Injectable()
export class TypeOrmStaffRepository extends StaffRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  private get manager(): EntityManager {
    return ambientManager(this.dataSource);
  }

  async findById(id: number): Promise<Staff | null> {
    if (!Number.isSafeInteger(id) || id < 1) return null;
    return toStaff(await this.manager.findOneBy(StaffEntity, { id }));
  }

  async findByEmail(email: string): Promise<Staff | null> {
    return toStaff(await this.manager.findOneBy(StaffEntity, { email: email.toLowerCase() }));
  }

  async list(): Promise<Staff[]> {
    const rows = await this.manager.find(StaffEntity, { order: { id: 'ASC' } });
    return rows.map((row) => toStaff(row)!);
  }

  count(): Promise<number> {
    return this.manager.count(StaffEntity);
  }

  async create(staff: NewStaff): Promise<Staff> {
    const createdAtMs = Date.now();
    try {
      const result = await this.manager.insert(StaffEntity, { ...staff, createdAtMs, version: 1 });
      const id = Number(result.identifiers[0].id);
      return Staff.restore({ ...staff, id, createdAt: new Date(createdAtMs), version: 1 });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateStaffEmailError(staff.email);
      throw error;
    }
  }

  async save(staff: Staff): Promise<void> {
    const state = staff.snapshot();
    const result = await this.manager.update(
      StaffEntity,
      { id: state.id, version: state.version },
      { name: state.name, role: state.role, version: state.version + 1 },
    );
    if (!result.affected)
      throw new ConflictError(`staff ${state.id} changed meanwhile: read it again and retry`);
  }

  async replacePasswordHash(id: number, passwordHash: string): Promise<void> {
    await this.manager.update(StaffEntity, { id }, { passwordHash });
  }
}

function toStaff(row: StaffEntity | null): Staff | null {
  if (!row) return null;
  return Staff.restore({
    id: row.id,
    email: row.email,
    name: row.name,
    role: checkRole(row.role),
    passwordHash: row.passwordHash,
    createdAt: new Date(Number(row.createdAtMs)),
    version: Number(row.version),
  });
}
