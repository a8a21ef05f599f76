import type { StaffCaller } from '@nestmall/admin';
import type { StockActor } from '../application/stock-entries.js';
import type { InventoryCaller } from '../client/inventory.client.js';

/** The inventory's actor: the staff member of the verified staff token. */
export function stockActor(caller: StaffCaller): StockActor {
  return { staffId: caller.staff.staff_id, email: caller.staff.email };
}

export function inventoryCaller(caller: StaffCaller): InventoryCaller {
  return { actor: stockActor(caller), accessToken: caller.accessToken };
}
