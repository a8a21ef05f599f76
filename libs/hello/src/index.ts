export { HelloModule } from './hello.module.js';
export { HELLO_CONTEXT } from './hello.context.js';
export { SayHello } from './application/say-hello.js';
