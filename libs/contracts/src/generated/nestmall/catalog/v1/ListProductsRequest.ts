// Original file: proto/nestmall/catalog/v1/catalog.proto


export interface ListProductsRequest {
}

export interface ListProductsRequest__Output {
}
