// Original file: proto/nestmall/user/v1/user.proto


export interface GetJwksRequest {
}

export interface GetJwksRequest__Output {
}
