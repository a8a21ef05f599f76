// Original file: proto/nestmall/thirdparty/v1/thirdparty.proto


export interface ModerateImagesRequest {
  'image_urls'?: (string)[];
}

export interface ModerateImagesRequest__Output {
  'image_urls': (string)[];
}
