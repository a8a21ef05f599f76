// Original file: proto/nestmall/user/v1/user.proto


export interface LogOutResponse {
}

export interface LogOutResponse__Output {
}
