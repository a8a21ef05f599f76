export { ImModule, ImHttpModule, IM_MIGRATIONS } from './im.module.js';
export { IM_CONTEXT } from './im.context.js';
export { IM_CONFIG, IM_PROCESS_LOCAL, type ImConfig } from './im.config.js';
export { serveWebSockets } from './web-sockets.js';
export { IM_WS_PATH, BEARER_SUBPROTOCOL } from './interface/ws/im.gateway.js';
// What other contexts' domain/ and application/ code may import too ('@nestmall/ports/im').
export * from './ports.js';
