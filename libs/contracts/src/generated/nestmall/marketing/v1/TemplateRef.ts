// Original file: proto/nestmall/marketing/v1/marketing.proto

import type { Long } from '@grpc/proto-loader';

export interface TemplateRef {
  'template_id'?: (number | string | Long);
}

export interface TemplateRef__Output {
  'template_id': (number);
}
