// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface RedPacketRef {
  'red_packet_id'?: (number | string | Long);
}

export interface RedPacketRef__Output {
  'red_packet_id': (number);
}
