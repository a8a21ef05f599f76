export { HelloModule } from './hello.module.js';
export { SayHello } from './application/say-hello.js';
