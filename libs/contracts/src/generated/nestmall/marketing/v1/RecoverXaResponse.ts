// Original file: proto/nestmall/marketing/v1/marketing.proto


export interface RecoverXaResponse {
  'gids'?: (string)[];
}

export interface RecoverXaResponse__Output {
  'gids': (string)[];
}
