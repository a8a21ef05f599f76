// Original file: proto/nestmall/thirdparty/v1/thirdparty.proto


export interface TrackingOutcome {
  'changed'?: (boolean);
  'status'?: (string);
}

export interface TrackingOutcome__Output {
  'changed': (boolean);
  'status': (string);
}
