// Original file: proto/nestmall/user/v1/user.proto


export interface Empty {
}

export interface Empty__Output {
}
