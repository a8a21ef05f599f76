/** `text` for a LIKE pattern with ESCAPE '!' (its !, % and _ match themselves). */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}
