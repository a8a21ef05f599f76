export * from './topology.js';
export { renderSplitCompose } from './split-compose.js';
export { renderNestCli } from './nest-cli.js';
export { renderKubernetes } from './kubernetes.js';
