// Original file: proto/nestmall/thirdparty/v1/thirdparty.proto


export interface ImageModeration {
  'image_url'?: (string);
  'verdict'?: (string);
  'labels'?: (string)[];
}

export interface ImageModeration__Output {
  'image_url': (string);
  'verdict': (string);
  'labels': (string)[];
}
