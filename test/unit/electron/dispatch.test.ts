import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/dispatch';
import { AppError } from '../../../shared/api/result';
import type { Handlers } from '../../../shared/api/contract';

function handlersWith(overrides: Partial<Handlers<void>>): Handlers<void> {
  const unused = async () => {
    throw new Error('not used in this test');
  };
  return new Proxy(overrides, { get: (t, k) => (t as Record<string | symbol, unknown>)[k] ?? unused }) as Handlers<void>;
}

describe('dispatch at the API boundary', () => {
  it('answers bad input with INVALID and a sentence naming the field, without calling the handler', async () => {
    let called = false;
    const h = handlersWith({ 'children.create': async () => ((called = true), {} as never) });
    const r = await dispatch(h, 'children.create', { name: '', caseId: 'X1', cohort: 'martian', opId: 'op-12345678' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID');
      expect(r.error.message).toContain('Name of child is required');
      expect(r.error.message).toContain('cohort');
    }
    expect(called).toBe(false);
  });

  it('answers a non-object body with INVALID rather than crashing', async () => {
    const r = await dispatch(handlersWith({}), 'children.get', 'just a string');
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  it('answers an unknown channel with NOT_FOUND', async () => {
    const r = await dispatch(handlersWith({}), 'children.delete', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('passes an AppError through as its code, message and details', async () => {
    const h = handlersWith({ 'children.get': async () => Promise.reject(new AppError('CONFLICT', 'Ann changed it.', { changedBy: 'Ann' })) });
    expect(await dispatch(h, 'children.get', { id: 'c1' })).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Ann changed it.', details: { changedBy: 'Ann' } } });
  });

  it('turns an unexpected exception into INTERNAL without leaking the stack trace', async () => {
    const logged: string[] = [];
    const h = handlersWith({ 'children.get': async () => Promise.reject(new TypeError('x is undefined at /secret/path.ts:12')) });
    const r = await dispatch(h, 'children.get', { id: 'c1' }, (m) => logged.push(m));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INTERNAL');
      expect(r.error.message).not.toContain('/secret/path.ts');
    }
    expect(logged).toHaveLength(1);
  });

  it('returns the handler result as ok data with defaults applied to the input', async () => {
    const h = handlersWith({ 'children.list': async (input) => [{ search: input.search }] as never });
    expect(await dispatch(h, 'children.list', undefined)).toEqual({ ok: true, data: [{ search: '' }] });
  });
});
