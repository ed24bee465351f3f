import type pg from 'pg';
import type { SqlRunner } from '../sql-runner';

/**
 * SQL written once in SQLite's spelling of placeholders (`?`, or `?1` … `?N` where one value is named twice) in
 * PostgreSQL's (`$1` … `$N`). Quoted strings, quoted names and comments are copied as they are. drizzle's queries come already numbered
 * (db/postgres/dialect.ts); this is for the repositories' plain SQL.
 */
export function numberPlaceholders(text: string): string {
  let out = '';
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '-' && text[i + 1] === '-') {
      // A comment runs to the end of the line (and may hold an apostrophe: "the clock's fields").
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      out += text.slice(i, stop);
      i = stop - 1;
    } else if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      const stop = end < 0 ? text.length : end;
      out += text.slice(i, stop + 1);
      i = stop;
    } else if (c === '?') {
      const digits = /^\d+/.exec(text.slice(i + 1))?.[0];
      if (digits) {
        out += `$${digits}`;
        i += digits.length;
      } else out += `$${++next}`;
    } else out += c;
  }
  return out;
}

/** Values as the file stores them: the server is sent what SQLite would be (true/false as 1/0). */
export const toServerValue = (v: unknown): unknown => (typeof v === 'boolean' ? Number(v) : v);

/**
 * Type parsers that give the values back as the SQLite driver does: counts and sums (bigint, numeric) as numbers,
 * comparisons (boolean) as 1/0, JSON as its text. The tracker never stores a number beyond 2^53.
 */
export const serverTypes = {
  getTypeParser(oid: number) {
    switch (oid) {
      case 20: // int8
      case 21: // int2
      case 23: // int4
      case 26: // oid
      case 700: // float4
      case 701: // float8
      case 1700: // numeric
        return (v: string) => Number(v);
      case 16: // bool
        return (v: string) => (v === 't' ? 1 : 0);
      default:
        return (v: string) => v;
    }
  },
} as pg.CustomTypesConfig;

export function runnerOn(client: pg.ClientBase): SqlRunner {
  return {
    dialect: 'postgres',
    all: async (sql, params = []) => (await client.query({ text: numberPlaceholders(sql), values: params.map(toServerValue) })).rows as Record<string, unknown>[],
    run: async (sql, params = []) => ({ changes: (await client.query({ text: numberPlaceholders(sql), values: params.map(toServerValue) })).rowCount ?? 0 }),
    exec: async (sql) => void (await client.query(sql)),
  };
}
