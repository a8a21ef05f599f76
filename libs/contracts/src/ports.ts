// '@nestmall/ports/contracts': the integration events' names and payloads, for domain/ and
// application/ code (the proto paths and loader options stay in the index).
export * from './events.js';
