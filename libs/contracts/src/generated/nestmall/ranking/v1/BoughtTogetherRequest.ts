// Original file: proto/nestmall/ranking/v1/ranking.proto


export interface BoughtTogetherRequest {
  'product_id'?: (number);
  'page_num'?: (number);
  'page_size'?: (number);
}

export interface BoughtTogetherRequest__Output {
  'product_id': (number);
  'page_num': (number);
  'page_size': (number);
}
