// '@nestmall/ports/im': the IM's rules and views, for other contexts' domain/ and application/
// code (no transport, no ORM behind it). Nobody calls the IM: it has no client port.
export type { ChatRole, ChatParticipant } from './domain/conversation.js';
export { MAX_BODY_LENGTH } from './domain/conversation.js';
export type { ConversationView, MessageView } from './application/chat-views.js';
