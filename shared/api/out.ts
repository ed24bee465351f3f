import { z } from 'zod';

/** A phantom value carrying a channel's output type in the contract (never read at run time). */
export const out = <T>(): T => undefined as unknown as T;

/** The input of channels that take no arguments. */
export const noInput = z.object({}).strict().default({});
