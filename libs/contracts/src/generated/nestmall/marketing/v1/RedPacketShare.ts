// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface RedPacketShare {
  'red_packet_id'?: (number | string | Long);
  'user_id'?: (number | string | Long);
  'amount_cents'?: (number | string | Long);
  'claimed_at'?: (string);
}

export interface RedPacketShare__Output {
  'red_packet_id': (number);
  'user_id': (number);
  'amount_cents': (number);
  'claimed_at': (string);
}
