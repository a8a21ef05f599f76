import { protoContract } from '@nestmall/contracts';

/** The admin context's gRPC service (proto/nestmall/admin/v1/admin.proto). */
export const ADMIN_PROTO = protoContract('nestmall.admin.v1', 'nestmall/admin/v1/admin.proto');
