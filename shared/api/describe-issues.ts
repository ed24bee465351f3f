import type { z } from 'zod';

/** Turns zod issues into one sentence per problem, naming the field, for people rather than programs. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
      return `${where}${issue.message}`;
    })
    .join('; ');
}
