import { describe, expect, it } from 'vitest';
import { matchPattern, matchValue } from '../../src/kyverno/engine/index.js';

const kind = (r: unknown, p: unknown): string => matchPattern(r, p).kind;

describe('value patterns', () => {
  it('wildcards * and ? in values', () => {
    expect(matchValue('nginx:1.25', 'nginx:*')).toBe(true);
    expect(matchValue('nginx', 'ngin?')).toBe(true);
    expect(matchValue('nginx', 'ngi?')).toBe(false);
    expect(matchValue('', '?*')).toBe(false);
    expect(matchValue('a', '?*')).toBe(true);
  });
  it('negation ! and alternation |', () => {
    expect(matchValue('nginx:latest', '!*:latest')).toBe(false);
    expect(matchValue('nginx:1.0', '!*:latest')).toBe(true);
    expect(matchValue('Always', 'IfNotPresent | Always')).toBe(true);
    expect(matchValue('Never', 'IfNotPresent | Always')).toBe(false);
  });
  it('numeric comparisons, quantities and durations compare as such', () => {
    expect(matchValue(3, '>2')).toBe(true);
    expect(matchValue(2, '>2')).toBe(false);
    expect(matchValue(2, '>=2')).toBe(true);
    expect(matchValue('512Mi', '<1Gi')).toBe(true);
    expect(matchValue('2Gi', '<=1024Mi')).toBe(false);
    expect(matchValue('500m', '<1')).toBe(true);
    expect(matchValue('1h', '>30m')).toBe(true);
    expect(matchValue('10s', '>=1m')).toBe(false);
    expect(matchValue('1024Mi', '1Gi')).toBe(true);
  });
  it('ranges a-b and !a-b (inclusive)', () => {
    expect(matchValue(5, '1-10')).toBe(true);
    expect(matchValue(10, '1-10')).toBe(true);
    expect(matchValue(11, '1-10')).toBe(false);
    expect(matchValue(11, '!1-10')).toBe(true);
    expect(matchValue(3, '!1-10')).toBe(false);
    expect(matchValue('1500Mi', '1Gi-2Gi')).toBe(true);
  });
  it('& joins conditions', () => {
    expect(matchValue(5, '>1 & <10')).toBe(true);
    expect(matchValue(50, '>1 & <10')).toBe(false);
  });
  it('typed patterns: numbers, booleans, null', () => {
    expect(matchValue(1000, 1000)).toBe(true);
    expect(matchValue('1000', 1000)).toBe(true);
    expect(matchValue(true, true)).toBe(true);
    expect(matchValue('true', true)).toBe(false);
    expect(matchValue(null, null)).toBe(true);
    expect(matchValue('', null)).toBe(true);
    expect(matchValue('x', null)).toBe(false);
  });
});

describe('structural patterns', () => {
  const pod = (containers: unknown[], extra: Record<string, unknown> = {}): unknown => ({
    kind: 'Pod',
    metadata: { name: 'p', labels: { app: 'a', 'app.kubernetes.io/name': 'x' } },
    spec: { containers, ...extra },
  });
  it('a list pattern applies to every element', () => {
    const p = { spec: { containers: [{ image: '!*:latest' }] } };
    expect(kind(pod([{ image: 'a:1' }, { image: 'b:2' }]), p)).toBe('pass');
    expect(kind(pod([{ image: 'a:1' }, { image: 'b:latest' }]), p)).toBe('fail');
  });
  it('a missing field fails, "*" requires presence', () => {
    expect(kind(pod([{ name: 'c' }]), { spec: { containers: [{ resources: { limits: { memory: '?*' } } }] } })).toBe(
      'fail',
    );
    expect(kind({ metadata: {} }, { metadata: { labels: { app: '*' } } })).toBe('fail');
  });
  it('wildcards in keys', () => {
    expect(kind(pod([]), { metadata: { labels: { 'app.kubernetes.io/*': '?*' } } })).toBe('pass');
    expect(kind(pod([]), { metadata: { labels: { 'app.kubernetes.io/*': 'y' } } })).toBe('fail');
    expect(kind(pod([]), { metadata: { labels: { 'team*': 'y' } } })).toBe('pass');
  });
  it('conditional anchor: skips when the condition does not hold or the key is missing', () => {
    const p = { spec: { containers: [{ '(image)': '*:latest', imagePullPolicy: 'Always' }] } };
    expect(kind(pod([{ image: 'a:1', imagePullPolicy: 'IfNotPresent' }]), p)).toBe('skip');
    expect(kind(pod([{ image: 'a:latest', imagePullPolicy: 'IfNotPresent' }]), p)).toBe('fail');
    expect(kind(pod([{ image: 'a:latest', imagePullPolicy: 'Always' }]), p)).toBe('pass');
    expect(kind({ spec: {} }, { spec: { '(hostNetwork)': true, x: 1 } })).toBe('skip');
  });
  it('conditional anchors on arrays: non-matching elements are skipped, matching ones checked', () => {
    const p = { spec: { containers: [{ '(name)': 'sidecar*', image: 'corp/*' }] } };
    expect(
      kind(
        pod([
          { name: 'app', image: 'x' },
          { name: 'sidecar-1', image: 'corp/s' },
        ]),
        p,
      ),
    ).toBe('pass');
    expect(
      kind(
        pod([
          { name: 'app', image: 'x' },
          { name: 'sidecar-1', image: 'other/s' },
        ]),
        p,
      ),
    ).toBe('fail');
    expect(kind(pod([{ name: 'app', image: 'x' }]), p)).toBe('skip');
  });
  it('equality anchor: checked only when present', () => {
    const p = { spec: { '=(hostNetwork)': false } };
    expect(kind({ spec: {} }, p)).toBe('pass');
    expect(kind({ spec: { hostNetwork: false } }, p)).toBe('pass');
    expect(kind({ spec: { hostNetwork: true } }, p)).toBe('fail');
    const arr = { spec: { '=(volumes)': [{ 'X(hostPath)': 'null' }] } };
    expect(kind({ spec: { volumes: [{ name: 'a', emptyDir: {} }] } }, arr)).toBe('pass');
    expect(kind({ spec: { volumes: [{ name: 'a', hostPath: { path: '/' } }] } }, arr)).toBe('fail');
  });
  it('negation anchor: the key must be absent', () => {
    expect(kind({ spec: { hostPID: true } }, { spec: { 'X(hostPID)': 'null' } })).toBe('fail');
    expect(kind({ spec: {} }, { spec: { 'X(hostPID)': 'null' } })).toBe('pass');
  });
  it('existence anchor: at least one element matches', () => {
    const p = { spec: { '^(containers)': [{ image: 'nginx:*' }] } };
    expect(kind(pod([{ image: 'busybox' }, { image: 'nginx:1' }]), p)).toBe('pass');
    expect(kind(pod([{ image: 'busybox' }]), p)).toBe('fail');
  });
  it('global anchor: a false condition skips the whole rule', () => {
    const p = {
      spec: { containers: [{ name: '*', '<(image)': 'corp.com/*' }], imagePullSecrets: [{ name: 'regcred' }] },
    };
    expect(kind(pod([{ name: 'a', image: 'docker.io/x' }]), p)).toBe('skip');
    expect(kind(pod([{ name: 'a', image: 'corp.com/x' }]), p)).toBe('fail');
    expect(kind(pod([{ name: 'a', image: 'corp.com/x' }], { imagePullSecrets: [{ name: 'regcred' }] }), p)).toBe(
      'pass',
    );
  });
  it('scalar list patterns apply to every element of a scalar list', () => {
    expect(kind({ drop: ['ALL', 'NET_RAW'] }, { drop: ['!SYS_ADMIN'] })).toBe('pass');
    expect(kind({ drop: ['ALL', 'SYS_ADMIN'] }, { drop: ['!SYS_ADMIN'] })).toBe('fail');
  });
  it('wildcards in anchor keys stand for every matching resource key', () => {
    const eq = {
      metadata: {
        '=(annotations)': { '=(container.apparmor.security.beta.kubernetes.io/*)': 'runtime/default | localhost/*' },
      },
    };
    expect(
      kind({ metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/c': 'unconfined' } } }, eq),
    ).toBe('fail');
    expect(
      kind({ metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/c': 'localhost/x' } } }, eq),
    ).toBe('pass');
    expect(kind({ metadata: {} }, eq)).toBe('pass');
    const neg = { metadata: { '=(annotations)': { 'X(fluxcd.io/*)': '*?' } } };
    expect(kind({ metadata: { annotations: { 'fluxcd.io/automated': 'true' } } }, neg)).toBe('fail');
    expect(kind({ metadata: { annotations: { other: 'x' } } }, neg)).toBe('pass');
  });
  it('reports the failing path', () => {
    const r = matchPattern(pod([{ image: 'a:latest' }]), { spec: { containers: [{ image: '!*:latest' }] } });
    expect(r).toMatchObject({ kind: 'fail', path: '/spec/containers/0/image/' });
  });
});
