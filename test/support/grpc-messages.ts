import type { MethodDefinition, PackageDefinition } from '@grpc/proto-loader';
import fc from 'fast-check';

/** One RPC of proto/, as proto-loader describes it. */
export interface ProtoMethod {
  /** `nestmall.user.v1.UserService` */
  service: string;
  /** `/nestmall.user.v1.UserService/GetUser` */
  path: string;
  definition: MethodDefinition<unknown, unknown>;
}

interface FieldDescriptor {
  name: string;
  label: string;
  type: string;
  typeName: string;
}

interface MessageDescriptor {
  name: string;
  field: FieldDescriptor[];
  enumType: { value: { name: string }[] }[];
  /** Map fields' entry types among them (options.mapEntry). */
  nestedType?: { name: string; options?: { mapEntry?: boolean } | null }[];
}

/** Every method of every service in `definition` (a service is an object of methods with a path). */
export function methodsOf(definition: PackageDefinition): ProtoMethod[] {
  return Object.entries(definition).flatMap(([service, entry]) =>
    Object.values(entry as object)
      .filter((m): m is MethodDefinition<unknown, unknown> => typeof m?.path === 'string')
      .map((m) => ({ service, path: m.path, definition: m })),
  );
}

const TOP_DEPTH = 3;
const INT32_EDGES = [0, -1, 1, 2, 2 ** 31 - 1, -(2 ** 31)];
const INT64_EDGES = [...INT32_EDGES, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER, -(2 ** 53)];
const STRING_EDGES = ['', ' ', '0', '-1', 'test1', '13800138000', '\u0000', 'é'.repeat(300)];

/**
 * Values that pass decoding but sit at or past the edges the servers must answer
 * INVALID_ARGUMENT; `huge` adds a 200 kB string (top-level fields only, or messages explode).
 */
function scalar(type: string, huge: boolean): fc.Arbitrary<unknown> {
  switch (type) {
    case 'TYPE_INT32':
    case 'TYPE_SINT32':
    case 'TYPE_SFIXED32':
      return fc.oneof(fc.constantFrom(...INT32_EDGES), fc.integer());
    case 'TYPE_UINT32':
    case 'TYPE_FIXED32':
      return fc.oneof(fc.constantFrom(0, 1, 2 ** 32 - 1), fc.nat());
    case 'TYPE_INT64':
    case 'TYPE_SINT64':
    case 'TYPE_SFIXED64':
    case 'TYPE_UINT64':
    case 'TYPE_FIXED64':
      return fc.oneof(
        fc.constantFrom(...INT64_EDGES, '9223372036854775807', '-9223372036854775808'),
        fc.maxSafeInteger(),
      );
    case 'TYPE_DOUBLE':
    case 'TYPE_FLOAT':
      return fc.oneof(fc.constantFrom(0, -1, NaN, Infinity, -Infinity), fc.double());
    case 'TYPE_BOOL':
      return fc.boolean();
    case 'TYPE_BYTES':
      return fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a));
    default:
      return fc.oneof(
        fc.constantFrom(...STRING_EDGES),
        fc.string({ maxLength: 40, unit: 'grapheme' }),
        // Past every length rule and the HTTP body limit.
        ...(huge ? [fc.constant('x'.repeat(200_000))] : []),
      );
  }
}

/**
 * Messages of `typeName` (from `pkg`), field by field: boundary and random values, some fields
 * left out, nested messages to `depth`, repeated fields of 0 to 4 items (at the top, now and
 * then 300).
 */
export function messageOf(
  definition: PackageDefinition,
  pkg: string,
  typeName: string,
  depth = TOP_DEPTH,
): fc.Arbitrary<Record<string, unknown>> {
  const descriptor = lookUp(definition, pkg, typeName);
  const fields = Object.fromEntries(
    descriptor.field.map((field) => {
      // A map field (map<string, string>): an object of 0 to 4 random string keys and values.
      const isMap = descriptor.nestedType?.some(
        (n) => n.name === field.typeName && n.options?.mapEntry,
      );
      if (isMap) return [field.name, fc.dictionary(fc.string(), fc.string(), { maxKeys: 4 })];
      const one = fieldValue(definition, pkg, descriptor, field, depth);
      const many = depth === TOP_DEPTH && field.type !== 'TYPE_MESSAGE';
      const value =
        field.label === 'LABEL_REPEATED'
          ? fc.oneof(
              { weight: 9, arbitrary: fc.array(one, { maxLength: 4 }) },
              ...(many
                ? [{ weight: 1, arbitrary: fc.array(one, { minLength: 300, maxLength: 300 }) }]
                : []),
            )
          : one;
      return [field.name, value];
    }),
  );
  return fc.record(fields, { requiredKeys: [] });
}

function fieldValue(
  definition: PackageDefinition,
  pkg: string,
  parent: MessageDescriptor,
  field: FieldDescriptor,
  depth: number,
): fc.Arbitrary<unknown> {
  if (field.type === 'TYPE_MESSAGE') {
    return depth > 0 ? messageOf(definition, pkg, field.typeName, depth - 1) : fc.constant({});
  }
  if (field.type === 'TYPE_ENUM') {
    const names = enumNames(definition, pkg, parent, field.typeName);
    return names.length ? fc.constantFrom(...names) : fc.constant(0);
  }
  return scalar(field.type, depth === TOP_DEPTH && field.label !== 'LABEL_REPEATED');
}

function lookUp(definition: PackageDefinition, pkg: string, typeName: string): MessageDescriptor {
  const name = typeName.replace(/^\./, '');
  const entry = (definition[`${pkg}.${name}`] ?? definition[name]) as
    { type?: MessageDescriptor } | undefined;
  if (!entry?.type?.field) throw new Error(`message ${typeName} not found in ${pkg}`);
  return entry.type;
}

function enumNames(
  definition: PackageDefinition,
  pkg: string,
  parent: MessageDescriptor,
  typeName: string,
): string[] {
  const name = typeName.replace(/^\./, '');
  const entry = (definition[`${pkg}.${name}`] ?? definition[name]) as
    { type?: { value?: { name: string }[] } } | undefined;
  const values = entry?.type?.value ?? parent.enumType[0]?.value ?? [];
  return values.map((v) => v.name);
}

/** The package of a fully qualified service name (`nestmall.user.v1.UserService` → `nestmall.user.v1`). */
export function packageOf(service: string): string {
  return service.split('.').slice(0, -1).join('.');
}

/**
 * Bytes that are not a valid message, or only just: random bytes, and a valid encoding cut
 * short, with a byte flipped, or with an invalid wire type appended.
 */
export function malformedBytes(valid: fc.Arbitrary<Buffer>): fc.Arbitrary<Buffer> {
  // No filters: an empty message (GetMeRequest) would make them loop for ever.
  return fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 96 }).map((a) => Buffer.from(a)),
    valid.map((b) => b.subarray(0, Math.max(0, b.length - 1))),
    fc.tuple(valid, fc.nat(), fc.integer({ min: 1, max: 255 })).map(([b, at, mask]) => {
      const copy = Buffer.concat([b, Buffer.from([0x08])]); // one byte at least to flip
      copy[at % copy.length] ^= mask;
      return copy;
    }),
    valid.map((b) => Buffer.concat([b, Buffer.from([0x7f, 0x01])])),
  );
}
