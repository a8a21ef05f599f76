import { TestEnvironment } from 'jest-environment-node';

/**
 * Jest's node environment, plus one flag the suite's own code reads: `e2eFailed` on the test
 * global, set once a test or hook of the file has failed. The apps of a run log at warn and the
 * output of child processes is kept, not shown; Cluster prints it when this flag says it helps.
 */
export default class E2eEnvironment extends TestEnvironment {
  handleTestEvent(event) {
    const failed =
      event.name === 'hook_failure' || (event.name === 'test_done' && event.test.errors.length > 0);
    if (failed) this.global.e2eFailed = true;
  }
}
