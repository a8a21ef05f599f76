// Original file: proto/nestmall/admin/v1/admin.proto


export interface ListStaffRequest {
}

export interface ListStaffRequest__Output {
}
