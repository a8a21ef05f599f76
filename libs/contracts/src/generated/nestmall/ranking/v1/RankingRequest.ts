// Original file: proto/nestmall/ranking/v1/ranking.proto


export interface RankingRequest {
  'period'?: (string);
  'category_id'?: (number);
  'uncategorised'?: (boolean);
  'page_num'?: (number);
  'page_size'?: (number);
  '_category_id'?: "category_id";
}

export interface RankingRequest__Output {
  'period': (string);
  'category_id'?: (number);
  'uncategorised': (boolean);
  'page_num': (number);
  'page_size': (number);
  '_category_id'?: "category_id";
}
