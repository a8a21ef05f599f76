// Original file: proto/nestmall/order/v1/order.proto

import type { TimelineEntry as _nestmall_order_v1_TimelineEntry, TimelineEntry__Output as _nestmall_order_v1_TimelineEntry__Output } from '../../../nestmall/order/v1/TimelineEntry.js';
import type { Long } from '@grpc/proto-loader';

export interface OrderTimeline {
  'order_id'?: (number | string | Long);
  'entries'?: (_nestmall_order_v1_TimelineEntry)[];
}

export interface OrderTimeline__Output {
  'order_id': (number);
  'entries': (_nestmall_order_v1_TimelineEntry__Output)[];
}
