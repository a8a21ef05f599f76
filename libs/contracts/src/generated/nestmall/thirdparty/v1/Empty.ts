// Original file: proto/nestmall/thirdparty/v1/thirdparty.proto


export interface Empty {
}

export interface Empty__Output {
}
