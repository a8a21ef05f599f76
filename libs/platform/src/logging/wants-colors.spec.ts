import { wantsColors } from './wants-colors.js';

const terminal = { isTTY: true };
const redirected = { isTTY: false };
const xterm = { TERM: 'xterm-256color' };

describe('wantsColors', () => {
  it('colours a colour terminal', () => {
    expect(wantsColors(terminal, xterm)).toBe(true);
  });

  it('does not colour a file or a pipe', () => {
    expect(wantsColors(redirected, xterm)).toBe(false);
    expect(wantsColors({}, xterm)).toBe(false);
  });

  it('honours NO_COLOR on a terminal', () => {
    expect(wantsColors(terminal, { ...xterm, NO_COLOR: '1' })).toBe(false);
  });

  it('does not colour a dumb terminal', () => {
    expect(wantsColors(terminal, { TERM: 'dumb' })).toBe(false);
  });

  it.each(['1', 'true', '', '3'])('honours FORCE_COLOR=%j, even when redirected', (force) => {
    expect(wantsColors(redirected, { FORCE_COLOR: force })).toBe(true);
  });

  it.each(['0', 'false'])('FORCE_COLOR=%j turns colours off, even on a terminal', (force) => {
    expect(wantsColors(terminal, { ...xterm, FORCE_COLOR: force })).toBe(false);
  });
});
