// Original file: proto/nestmall/admin/v1/admin.proto


export interface GetMeRequest {
}

export interface GetMeRequest__Output {
}
