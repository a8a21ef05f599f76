export * from './topology.js';
export { renderSplitCompose } from './split-compose.js';
