import { z } from 'zod';
import fc from 'fast-check';
import { contract, type Channel } from '../../../shared/api/contract';

/**
 * Malformed inputs for one channel, generated from its zod input schema (through zod 4's JSON Schema):
 * for each property, values of the wrong type and values just past its limits (too long, too small,
 * not one of the choices, too many items), plus wrong-typed whole inputs and a few random records
 * from fast-check. Each case says which property it breaks (null: the input as a whole).
 */
export interface Case {
  property: string | null;
  input: unknown;
  /** The request body as sent, when JSON.stringify cannot make it (10,000 levels deep). */
  body?: string;
}

interface Json {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  maxItems?: number;
  minItems?: number;
  properties?: Record<string, Json>;
  anyOf?: Json[];
  oneOf?: Json[];
}

const typesOf = (p: Json): string[] => [...(p.type ? [p.type].flat() : []), ...(p.anyOf ?? []).flatMap(typesOf)];

function deep(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { v };
  return v;
}

/** Values the property's schema must refuse. */
export function wrongValuesFor(p: Json): unknown[] {
  const types = typesOf(p);
  const out: unknown[] = [];
  if (p.enum || p.const !== undefined) out.push('not-one-of-the-choices');
  if (types.includes('string')) {
    out.push(12345, { text: 'an object' });
    out.push('x'.repeat(Math.min((p.maxLength ?? 1_000_000) + 1, 1_000_001)));
    if ((p.minLength ?? 0) > 1) out.push('x'.repeat(p.minLength! - 1));
  }
  if (types.includes('integer') || types.includes('number')) {
    out.push('12', true);
    if (p.minimum !== undefined) out.push(p.minimum - 1);
    if (p.exclusiveMinimum !== undefined) out.push(p.exclusiveMinimum);
    if (p.maximum !== undefined && p.maximum < Number.MAX_SAFE_INTEGER) out.push(p.maximum + 1);
    if (types.includes('integer') && !types.includes('number')) out.push(1.5);
  }
  if (types.includes('boolean')) out.push('yes', 1);
  if (types.includes('array')) {
    out.push({ not: 'a list' }, 'a string');
    if (p.maxItems !== undefined && p.maxItems < 10_000) out.push(Array.from({ length: p.maxItems + 1 }, () => 'x'));
  }
  if (types.includes('object') || p.oneOf || p.properties) out.push('not an object', [1, 2], 7);
  // Properties the schema accepts as anything (a draft, a profile) still meet the depth limit.
  if (out.length === 0) out.push(deep(40));
  return out;
}

/** The channel's input schema as JSON Schema, unwrapped to its object (if it is one). */
export function jsonSchemaOf(channel: Channel): Json {
  return z.toJSONSchema(contract[channel].input, { io: 'input', unrepresentable: 'any' }) as Json;
}

/** Channels whose random (possibly valid) inputs could open, create or replace tracker files: only deterministic cases. */
const NO_RANDOM = new Set<Channel>(['trackerFile.open', 'trackerFile.openServer', 'trackerFile.create', 'trackerFile.useDefault', 'backups.restore', 'trackerFile.browse']);

export function malformedCases(channel: Channel, seed: number, randomRuns = 3): Case[] {
  const schema = jsonSchemaOf(channel);
  const cases: Case[] = [42, 'a string', true, [1, 2, 3]].map((input) => ({ property: null, input }));
  const props = schema.properties ?? {};
  for (const [key, p] of Object.entries(props)) for (const value of wrongValuesFor(p)) cases.push({ property: key, input: { [key]: value } });
  const first = Object.keys(props)[0];
  if (first) cases.push({ property: first, input: null, body: `{${JSON.stringify(first)}:${'{"v":'.repeat(10_000)}1${'}'.repeat(10_000)}}` });
  if (!NO_RANDOM.has(channel) && Object.keys(props).length > 0) {
    const record = fc.dictionary(fc.constantFrom(...Object.keys(props)), fc.anything({ maxDepth: 3, withNullPrototype: false }), { minKeys: 1 });
    for (const input of fc.sample(record, { numRuns: randomRuns, seed })) cases.push({ property: null, input });
  }
  return cases;
}
