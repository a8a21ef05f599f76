// Original file: proto/nestmall/inventory/v1/inventory.proto


export interface Empty {
}

export interface Empty__Output {
}
