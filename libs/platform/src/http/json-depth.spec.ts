import { JSON_MAX_DEPTH, JsonTooDeepError, refuseDeepJson } from './json-depth.js';

const check = (text: string) => refuseDeepJson(Buffer.from(text));

describe('refuseDeepJson', () => {
  it('accepts nesting up to the limit and refuses one level more', () => {
    expect(() => check('['.repeat(JSON_MAX_DEPTH) + ']'.repeat(JSON_MAX_DEPTH))).not.toThrow();
    expect(() =>
      check('{"a":'.repeat(JSON_MAX_DEPTH + 1) + '1' + '}'.repeat(JSON_MAX_DEPTH + 1)),
    ).toThrow(JsonTooDeepError);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const inString = JSON.stringify({ a: '[{'.repeat(100) + '\\"[[[' });
    expect(() => check(inString)).not.toThrow();
  });

  it('counts depth, not the number of objects', () => {
    const wide = JSON.stringify(Array.from({ length: 1000 }, () => ({ a: [1] })));
    expect(() => check(wide)).not.toThrow();
  });
});
