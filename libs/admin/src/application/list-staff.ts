import { Injectable } from '@nestjs/common';
import { StaffRepository } from '../domain/staff.repository.js';
import { toStaffView, type StaffView } from './staff-view.js';

@Injectable()
export class ListStaff {
  constructor(private readonly staff: StaffRepository) {}

  async execute(): Promise<StaffView[]> {
    return (await this.staff.list()).map(toStaffView);
  }
}
