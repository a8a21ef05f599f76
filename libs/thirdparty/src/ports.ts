// '@nestmall/ports/thirdparty': what other contexts' domain/ and application/ code may use (the
// ThirdpartyClient port, its views, the ID-number rules); no transport or ORM behind it.
export {
  ThirdpartyClient,
  type ShipInput,
  type ShipmentView,
  type IdentityView,
  type ImageModerationView,
} from './client/thirdparty.client.js';
export { CHINESE_ID_PATTERN, isChineseIdNumber, maskChineseId } from './domain/chinese-id.js';
export { TRACKING_STATUSES, type TrackingStatus } from './domain/tracking.js';
