// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface CreateRedPacketRequest {
  'total_cents'?: (number | string | Long);
  'shares'?: (number);
}

export interface CreateRedPacketRequest__Output {
  'total_cents': (number);
  'shares': (number);
}
