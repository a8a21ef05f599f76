/**
 * The deepest nesting of objects and arrays a JSON body may have. Our bodies are three levels
 * deep; class-transformer recurses once per level and overflows the stack near 2,000, so the
 * limit sits far from both.
 */
export const JSON_MAX_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * One pass over the raw bytes before JSON.parse (configure-http.ts's body parser), so a body nested
 * 50,000 deep costs a scan of its bytes and is refused (400) before anything recurses into it.
 * Malformed JSON passes through untouched for JSON.parse to refuse.
 */
export function refuseDeepJson(body: Buffer): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > JSON_MAX_DEPTH) throw new JsonTooDeepError();
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    }
  }
}

/** A body nested too deep: the body parser answers it as 400 (configure-http.ts). */
export class JsonTooDeepError extends Error {
  constructor() {
    super(`request body is nested deeper than the limit of ${JSON_MAX_DEPTH} levels`);
  }
}
