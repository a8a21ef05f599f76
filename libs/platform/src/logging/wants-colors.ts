import { WriteStream } from 'node:tty';

/**
 * Whether log lines written to `stream` should carry ANSI colours: on a terminal as Node decides
 * for it (tty.WriteStream#hasColors: NO_COLOR, FORCE_COLOR, TERM=dumb, the terminal's depth), and
 * off when the stream is redirected to a file or a pipe unless FORCE_COLOR asks for them.
 * Nest's ConsoleLogger only looks at NO_COLOR, so redirected logs would be full of escape codes.
 */
export function wantsColors(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (!stream.isTTY && env.FORCE_COLOR === undefined) return false;
  // hasColors reads only the environment it is given, so it answers for a redirected stream too.
  return WriteStream.prototype.hasColors.call(WriteStream.prototype, 16, env);
}
