// Original file: proto/nestmall/cart/v1/cart.proto


export interface MergeOutcome {
  'capped'?: (string)[];
  'dropped'?: (string)[];
  'merged'?: (string)[];
  'units'?: (number);
}

export interface MergeOutcome__Output {
  'capped': (string)[];
  'dropped': (string)[];
  'merged': (string)[];
  'units': (number);
}
