// Original file: proto/nestmall/verification/v1/verification.proto


export interface CheckCodeResponse {
}

export interface CheckCodeResponse__Output {
}
