import { describe, expect, it } from 'vitest';
import { memoByString } from '../../src/validation/memo.js';

describe('memoByString', () => {
  it('judges each string once, undefined results included, and starts over when full', () => {
    const judged: string[] = [];
    const judge = memoByString((value: string) => {
      judged.push(value);
      return value.startsWith('bad') ? `'${value}' is bad` : undefined;
    }, 3);
    expect(judge('ok')).toBeUndefined();
    expect(judge('bad-1')).toBe("'bad-1' is bad");
    expect(judge('ok')).toBeUndefined();
    expect(judge('bad-1')).toBe("'bad-1' is bad");
    expect(judged).toEqual(['ok', 'bad-1']);
    judge('x');
    // Full (3 entries): the next new string clears the cache, so 'ok' is judged again after it.
    judge('y');
    expect(judge('ok')).toBeUndefined();
    expect(judged).toEqual(['ok', 'bad-1', 'x', 'y', 'ok']);
  });
});
