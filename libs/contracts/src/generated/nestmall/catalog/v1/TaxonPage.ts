// Original file: proto/nestmall/catalog/v1/catalog.proto

import type { Taxon as _nestmall_catalog_v1_Taxon, Taxon__Output as _nestmall_catalog_v1_Taxon__Output } from '../../../nestmall/catalog/v1/Taxon.js';
import type { Long } from '@grpc/proto-loader';

export interface TaxonPage {
  'items'?: (_nestmall_catalog_v1_Taxon)[];
  'total'?: (number | string | Long);
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface TaxonPage__Output {
  'items': (_nestmall_catalog_v1_Taxon__Output)[];
  'total': (number);
  'page_num': (number);
  'page_size': (number);
}
