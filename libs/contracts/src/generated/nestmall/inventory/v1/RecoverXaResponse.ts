// Original file: proto/nestmall/inventory/v1/inventory.proto


export interface RecoverXaResponse {
  'gids'?: (string)[];
}

export interface RecoverXaResponse__Output {
  'gids': (string)[];
}
