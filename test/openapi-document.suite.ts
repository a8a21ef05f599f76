import type request from 'supertest';

interface Parameter {
  name: string;
  in: string;
  schema?: { example?: unknown };
}

interface Operation {
  method: string;
  path: string;
  security?: object[];
  parameters?: Parameter[];
  requestBody?: object;
}

function operationsOf(doc: { paths: Record<string, Record<string, object>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method, path, ...op })),
  );
}

/** The operation's path with each path parameter replaced by its example (1 without one). */
function examplePath(op: Operation): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const param = op.parameters?.find((p) => p.in === 'path' && p.name === name);
    const example = param?.schema?.example as string | number | undefined;
    return encodeURIComponent(String(example ?? 1));
  });
}

/**
 * The OpenAPI document served at /docs-json, checked against the running shop: its security
 * requirements say who may call (a public operation never answers 401 without credentials, a
 * secured one does), and Swagger UI can send what it documents.
 */
export function openApiDocumentSuite(http: () => ReturnType<typeof request>): void {
  it('declares who may call each operation, and the shop agrees (401 exactly where secured)', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body;
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    const seen: string[] = [];
    const expected: string[] = [];
    for (const op of operationsOf(doc)) {
      const at = `${op.method.toUpperCase()} ${op.path}`;
      expect({ at, security: op.security }).toEqual({ at, security: expect.any(Array) });
      const req = http()[op.method as 'get' | 'post'](examplePath(op));
      const res = op.requestBody ? await req.send({}) : await req;
      // An empty requirement ({}) among them makes credentials optional (OpenAPI 3): public.
      const secured = op.security!.length > 0 && !op.security!.some((r) => !Object.keys(r).length);
      expected.push(`${at}: ${secured ? '401' : 'not 401'}`);
      seen.push(`${at}: ${res.status === 401 ? '401' : 'not 401'}`);
    }
    expect(seen).toEqual(expected);
    expect(doc.components.securitySchemes['admin-token']).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'X-Admin-Token',
    });
    expect(doc.paths['/admin/invariants'].get.security).toEqual([{ 'admin-token': [] }]);
    expect(doc.paths['/orders'].post.security).toEqual([{ bearer: [] }]);
  });

  it('lists each header parameter once; Idempotency-Key is optional, with its pattern', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body;
    for (const op of operationsOf(doc)) {
      const at = `${op.method.toUpperCase()} ${op.path}`;
      const headers = (op.parameters ?? [])
        .filter((p) => p.in === 'header')
        .map((p) => p.name.toLowerCase());
      expect({ at, headers: [...new Set(headers)] }).toEqual({ at, headers });
    }
    const placeOrder = doc.paths['/orders'].post;
    expect(placeOrder.parameters).toEqual([
      expect.objectContaining({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        schema: expect.objectContaining({ pattern: expect.any(String), maxLength: 64 }),
      }),
    ]);
    expect(Object.keys(placeOrder.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '413', '503']),
    );
  });
}
