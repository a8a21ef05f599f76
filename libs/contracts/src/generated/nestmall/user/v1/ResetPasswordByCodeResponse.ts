// Original file: proto/nestmall/user/v1/user_codes.proto


export interface ResetPasswordByCodeResponse {
}

export interface ResetPasswordByCodeResponse__Output {
}
