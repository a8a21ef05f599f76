// Prints one plain closing line after jest's own summary, "jest: N passed, N failed, N skipped",
// so CI tooling that does not know jest's format still reads how many tests ran.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}
