// Original file: proto/nestmall/order/v1/order.proto

import type { AfterSales as _nestmall_order_v1_AfterSales, AfterSales__Output as _nestmall_order_v1_AfterSales__Output } from '../../../nestmall/order/v1/AfterSales.js';
import type { Long } from '@grpc/proto-loader';

export interface AfterSalesPage {
  'requests'?: (_nestmall_order_v1_AfterSales)[];
  'total'?: (number | string | Long);
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface AfterSalesPage__Output {
  'requests': (_nestmall_order_v1_AfterSales__Output)[];
  'total': (number);
  'page_num': (number);
  'page_size': (number);
}
