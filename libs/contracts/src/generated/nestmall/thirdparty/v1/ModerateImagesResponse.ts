// Original file: proto/nestmall/thirdparty/v1/thirdparty.proto

import type { ImageModeration as _nestmall_thirdparty_v1_ImageModeration, ImageModeration__Output as _nestmall_thirdparty_v1_ImageModeration__Output } from '../../../nestmall/thirdparty/v1/ImageModeration.js';

export interface ModerateImagesResponse {
  'images'?: (_nestmall_thirdparty_v1_ImageModeration)[];
}

export interface ModerateImagesResponse__Output {
  'images': (_nestmall_thirdparty_v1_ImageModeration__Output)[];
}
