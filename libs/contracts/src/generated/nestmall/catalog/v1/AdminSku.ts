// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { Long } from '@grpc/proto-loader';

export interface AdminSku {
  'sku_id'?: (string);
  'title'?: (string);
  'price_cents'?: (number | string | Long);
  'attributes'?: ({[key: string]: string});
}

export interface AdminSku__Output {
  'sku_id': (string);
  'title': (string);
  'price_cents': (number);
  'attributes': ({[key: string]: string});
}
