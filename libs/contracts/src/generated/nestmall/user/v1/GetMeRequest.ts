// Original file: proto/nestmall/user/v1/user.proto


export interface GetMeRequest {
}

export interface GetMeRequest__Output {
}
