import { describe, expect, it } from 'vitest';
import { once } from '../../src/lazy/index.js';

describe('once', () => {
  it('creates on the first call and keeps the result', () => {
    let calls = 0;
    const value = once(() => ({ call: ++calls }));
    expect(calls).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(calls).toBe(1);
  });

  it('keeps nothing from a call that throws, so the next call tries again', () => {
    let calls = 0;
    const value = once(() => {
      if (++calls === 1) throw new Error('not yet');
      return calls;
    });
    expect(() => value()).toThrow('not yet');
    expect(value()).toBe(2);
    expect(value()).toBe(2);
  });
});
