import fc from 'fast-check';

/** The parts of an OpenAPI 3 document the generator reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

interface Operation {
  parameters?: { name: string; in: 'path' | 'query' | 'header'; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
}

export interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  example?: unknown;
}

export interface FuzzRequest {
  method: string;
  /** The documented path, for the report. */
  route: string;
  /** The path with its parameters filled in and a query string. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  credentials: 'none' | 'user' | 'forged' | 'admin';
}

/** Values any field may be given instead of a well-typed one: edges, types, injections. */
const HOSTILE = fc.constantFrom<unknown>(
  null,
  true,
  -1,
  0,
  2 ** 31,
  2 ** 53 + 1,
  1e308,
  1.5,
  '',
  ' ',
  '0x10',
  '+5',
  '05',
  '1e3',
  '__proto__',
  "' OR 1=1 --",
  '<script>x</script>',
  '\u0000',
  '𝄞'.repeat(40),
  'a'.repeat(5000),
  [],
  {},
  { __proto__: { admin: true } },
);

/** Strings as a path or query value: hostile spellings of numbers, junk, unicode. */
const RAW_STRING = fc.oneof(
  fc.constantFrom('0x10', '+5', ' 5', '05', '1e3', '-0', 'NaN', '..', '%', '%00', '9'.repeat(40)),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** A generator of requests for every operation of `doc`, valid and mutated, seeded by fast-check. */
export function requestsOf(doc: OpenApiDocument): fc.Arbitrary<FuzzRequest> {
  const operations = Object.entries(doc.paths).flatMap(([route, methods]) =>
    Object.entries(methods).map(([method, op]) => requestOf(doc, route, method, op)),
  );
  return fc.oneof(...operations);
}

function requestOf(
  doc: OpenApiDocument,
  route: string,
  method: string,
  op: Operation,
): fc.Arbitrary<FuzzRequest> {
  const parameters = op.parameters ?? [];
  const pathValues = fc.tuple(
    ...parameters
      .filter((p) => p.in === 'path')
      .map((p) =>
        fc.tuple(
          fc.constant(p.name),
          fc.oneof(valueOf(doc, p.schema ?? {}).map(String), RAW_STRING),
        ),
      ),
  );
  const queryValues = fc.tuple(
    ...parameters
      .filter((p) => p.in === 'query')
      .map((p) =>
        fc.option(
          fc.tuple(
            fc.constant(p.name),
            fc.oneof(valueOf(doc, p.schema ?? {}).map(String), RAW_STRING),
          ),
          { nil: undefined },
        ),
      ),
    // An undocumented parameter now and then.
    fc.option(fc.tuple(fc.constantFrom('sort', '__proto__', 'constructor', 'token'), RAW_STRING), {
      nil: undefined,
      freq: 4,
    }),
  );
  const schema = op.requestBody?.content['application/json']?.schema;
  const body = schema ? bodyOf(doc, schema) : fc.constant<Body | undefined>(undefined);
  const headerValues = fc.tuple(
    ...parameters
      .filter((p) => p.in === 'header')
      .map((p) =>
        fc.option(fc.tuple(fc.constant(p.name.toLowerCase()), RAW_STRING), { nil: undefined }),
      ),
  );
  return fc
    .record({
      path: pathValues,
      query: queryValues,
      body,
      headers: headerValues,
      credentials: fc.constantFrom<FuzzRequest['credentials']>(
        'none',
        'user',
        'user',
        'forged',
        'admin',
      ),
    })
    .map(({ path, query, body, headers, credentials }) => {
      let url = route;
      for (const [name, value] of path) url = url.replace(`{${name}}`, encodeURIComponent(value));
      const search = new URLSearchParams(
        query.filter((q): q is [string, string] => q !== undefined),
      ).toString();
      const all: Record<string, string> = Object.fromEntries(
        headers.filter(
          (h): h is [string, string] => h !== undefined && /^[\x20-\x7e]*$/.test(h[1]),
        ),
      );
      if (body) all['content-type'] = body.contentType;
      return {
        method: method.toUpperCase(),
        route: `${method.toUpperCase()} ${route}`,
        url: search ? `${url}?${search}` : url,
        headers: all,
        body: body?.text,
        credentials,
      };
    });
}

interface Body {
  contentType: string;
  text: string;
}

/** Mostly well-formed JSON of the schema's shape; else broken JSON, other types, deep nesting. */
function bodyOf(doc: OpenApiDocument, schema: Schema): fc.Arbitrary<Body | undefined> {
  const json = (value: unknown) => ({
    contentType: 'application/json',
    text: JSON.stringify(value),
  });
  return fc.oneof(
    { arbitrary: valueOf(doc, schema).map(json), weight: 6 },
    { arbitrary: mutated(valueOf(doc, schema)).map(json), weight: 4 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }).map(json), weight: 2 },
    {
      arbitrary: fc.integer({ min: 30, max: 20_000 }).map((depth) => ({
        contentType: 'application/json',
        text: '['.repeat(depth) + ']'.repeat(depth),
      })),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        contentType: fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/xml',
        ),
        text: fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.constantFrom('{"a":', '{"__proto__":{"x":1}}', 'a=1&b=2', '<x/>', 'null'),
        ),
      }),
      weight: 2,
    },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

/** A value that fits `schema` (bounds and lengths included), as @nestjs/swagger documents it. */
function valueOf(doc: OpenApiDocument, schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref)
    return valueOf(doc, doc.components.schemas[schema.$ref.split('/').pop()!], depth);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const examples = schema.example === undefined ? [] : [fc.constant(schema.example)];
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1000;
      const max = schema.maximum ?? 1_000_000;
      return fc.oneof(...examples, fc.integer({ min, max }), fc.constantFrom(min, max));
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueOf(doc, schema.items ?? {}, depth + 1), {
        maxLength: Math.min((schema.maxItems ?? 5) + 1, 25),
      });
    case 'object': {
      if (depth > 4 || !schema.properties) return fc.constant({});
      const properties = Object.fromEntries(
        Object.entries(schema.properties).map(([k, s]) => [k, valueOf(doc, s, depth + 1)]),
      );
      return fc.record(properties, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.oneof(
        ...examples,
        fc.string({
          minLength: schema.minLength ?? 0,
          maxLength: Math.min(schema.maxLength ?? 40, 200),
        }),
      );
  }
}

/** One field dropped, retyped or added (an unknown or a prototype key), or the whole replaced. */
function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), HOSTILE, fc.constantFrom('drop', 'retype', 'add', 'replace'))
    .map(([value, pick, hostile, how]) => {
      if (how === 'replace' || typeof value !== 'object' || value === null) return hostile;
      const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
      const keys = Object.keys(copy);
      const key = keys.length ? keys[pick % keys.length] : 'x';
      if (how === 'drop') delete copy[key];
      else if (how === 'retype') copy[key] = hostile;
      else
        Object.defineProperty(copy, ['is_admin', '__proto__', 'constructor'][pick % 3], {
          value: hostile,
          enumerable: true,
        });
      return copy;
    });
}
