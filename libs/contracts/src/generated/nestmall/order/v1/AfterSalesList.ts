// Original file: proto/nestmall/order/v1/order.proto

import type { AfterSales as _nestmall_order_v1_AfterSales, AfterSales__Output as _nestmall_order_v1_AfterSales__Output } from '../../../nestmall/order/v1/AfterSales.js';

export interface AfterSalesList {
  'requests'?: (_nestmall_order_v1_AfterSales)[];
}

export interface AfterSalesList__Output {
  'requests': (_nestmall_order_v1_AfterSales__Output)[];
}
