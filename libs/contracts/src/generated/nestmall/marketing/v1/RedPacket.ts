// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface RedPacket {
  'red_packet_id'?: (number | string | Long);
  'total_cents'?: (number | string | Long);
  'shares'?: (number);
  'claimed_shares'?: (number);
  'claimed_cents'?: (number | string | Long);
  'created_at'?: (string);
}

export interface RedPacket__Output {
  'red_packet_id': (number);
  'total_cents': (number);
  'shares': (number);
  'claimed_shares': (number);
  'claimed_cents': (number);
  'created_at': (string);
}
