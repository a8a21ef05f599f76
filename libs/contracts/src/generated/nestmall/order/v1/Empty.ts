// Original file: proto/nestmall/order/v1/order.proto


export interface Empty {
}

export interface Empty__Output {
}
