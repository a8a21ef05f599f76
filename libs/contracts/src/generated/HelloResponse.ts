// Original file: proto/hello.proto


export interface HelloResponse {
  'message'?: (string);
}

export interface HelloResponse__Output {
  'message': (string);
}
