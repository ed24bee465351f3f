import { defineConfig } from 'drizzle-kit';

// The PostgreSQL server's migrations, from the tables db/postgres/schema.ts builds out of db/schema.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/postgres/schema.ts',
  out: './db/migrations-postgres',
});
