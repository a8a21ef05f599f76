// Prints one plain closing line, "jest: N passed, N failed, N skipped", so that CI tooling that
// does not know jest's format still reads how many tests ran. Jest adds its own summary reporter
// after every custom one and prints "Ran all test suites" after that, so this line is written
// when the process exits: then it is the last line whatever jest prints before.
export default class SummaryReporter {
  line = undefined;

  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    if (this.line === undefined) process.once('exit', () => process.stdout.write(this.line));
    this.line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
  }
}
