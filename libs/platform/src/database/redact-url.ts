/**
 * The URL without its password, for log lines. Greedy to the last '@': TypeORM splits the
 * credentials there and does not percent-decode them, so a password may itself hold '@' or '/'.
 * (Its own file: the config schema uses it, and must not reach TypeORM through database-options.)
 */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:).*@/, '$1***@');
}
