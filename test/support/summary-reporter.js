// Prints one plain closing line, "jest: N passed, N failed, N skipped", so that CI tooling that
// does not know jest's format still reads how many tests ran. Jest adds its own summary reporter
// after every custom one and prints "Ran all test suites" after that, so this line is written
// when the process exits: then it is the last line whatever jest prints before. Above it, the
// slowest suites of the run with their times: where CI's minutes go.
export default class SummaryReporter {
  line = undefined;

  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const slowest = results.testResults
      .map((r) => ({
        seconds: (r.perfStats.end - r.perfStats.start) / 1000,
        path: r.testFilePath.replace(`${process.cwd()}/`, ''),
      }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, 12)
      .map((s) => `  ${s.seconds.toFixed(1).padStart(7)} s  ${s.path}\n`)
      .join('');
    if (this.line === undefined) process.once('exit', () => process.stdout.write(this.line));
    this.line =
      (slowest ? `slowest suites:\n${slowest}` : '') +
      `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
  }
}
