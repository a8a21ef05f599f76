// Original file: proto/nestmall/marketing/v1/marketing.proto


export interface Empty {
}

export interface Empty__Output {
}
