import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { toYaml } from '../../src/index.js';

/** A small seeded PRNG (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings that trip YAML writers: reserved words, numbers, dates, indicators, whitespace, unicode. */
const TRICKY = [
  '',
  ' ',
  'on',
  'off',
  'yes',
  'no',
  'y',
  'n',
  'Y',
  'N',
  'true',
  'False',
  'null',
  'Null',
  '~',
  '=',
  '<<',
  '0',
  '-0',
  '+1',
  '1',
  '1.0',
  '7.0',
  '.5',
  '5.',
  '1e3',
  '1E-3',
  '0x1F',
  '0o17',
  '0755',
  '0b101',
  '1_000',
  '1:20',
  '12:30:45',
  '.inf',
  '-.Inf',
  '.NaN',
  '2024-01-01',
  '2024-1-1 10:00',
  '1.4.1',
  '500m',
  '10Gi',
  'v1',
  '-',
  '- a',
  '-a',
  '?',
  '? a',
  ':',
  'a:',
  'a: b',
  'a:b',
  'http://x.y/z?q=1#f',
  '#',
  'a #b',
  'a#b',
  '!tag',
  '&anchor',
  '*alias',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  '[a]',
  '{a: 1}',
  'a, b',
  'a  b',
  ' leading',
  'trailing ',
  'tab\there',
  'line\nbreak',
  'two\n\n',
  '\nstarts with newline',
  ' \nspace line',
  'ends\n',
  'cr\r\nlf',
  'ünïcödé',
  '日本語',
  'emoji 🚀',
  'nul\u0000char',
  'del\u007f',
  'nel\u0085',
  'ls\u2028ps\u2029',
  'bom\ufeff',
  '!*:latest',
  'ghcr.io/company/user-service:1.4.1',
  'app.kubernetes.io/name',
  '0 18 * * 5',
  "It's",
  'a "quoted" word',
  'back\\slash',
  '  \n  indented block\n',
  'if x:\n  return 1\n',
  'last\n\n\n',
];

function randomString(next: () => number): string {
  if (next() < 0.6) return TRICKY[Math.floor(next() * TRICKY.length)] as string;
  const alphabet = 'aZ09 :-_./#\n\t\'"!&*|>%@`{}[],?~=<+\u00e9\u65e5\u2028\u0001';
  let s = '';
  const length = Math.floor(next() * 12);
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

function randomValue(next: () => number, depth: number): unknown {
  const r = next();
  if (depth > 4 || r < 0.45) {
    const s = next();
    if (s < 0.6) return randomString(next);
    if (s < 0.75) return Math.floor(next() * 2000) - 1000;
    if (s < 0.82) return Math.round(next() * 1e6) / 1e3;
    if (s < 0.9) return next() < 0.5;
    return null;
  }
  const size = Math.floor(next() * 4);
  if (r < 0.7) return Array.from({ length: size }, () => randomValue(next, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = 0; i < size; i++) object[randomString(next)] = randomValue(next, depth + 1);
  return object;
}

describe('toYaml', () => {
  it('round-trips 3,000 random JSON values through a YAML parser', () => {
    const next = random(20261123);
    for (let i = 0; i < 3000; i++) {
      const value = { root: randomValue(next, 0) };
      const text = toYaml(value);
      let parsed: unknown;
      try {
        parsed = yaml.load(text);
      } catch (e) {
        throw new Error(`case ${i} does not parse: ${(e as Error).message}\n${text}`);
      }
      expect(parsed, `case ${i}:\n${text}`).toEqual(value);
    }
  });

  it('round-trips every tricky string as a value, a key, and a sequence item', () => {
    for (const s of TRICKY) {
      const value = { value: s, [s]: 1, list: [s, [s]], nested: { deeper: [{ k: s }] } };
      const text = toYaml(value);
      expect(yaml.load(text), text).toEqual(value);
    }
  });

  it('quotes every string YAML 1.1 (as Kubernetes parses it) reads as something else', () => {
    const yaml11NotStrings = ['on', 'On', 'ON', 'off', 'yes', 'Yes', 'no', 'y', 'n', 'Y', 'N', '~', 'null', '=', '<<'];
    const numbersAndDates = ['0o17', '0755', '1_000', '1:20', '190:20:30', '0x1F', '.inf', '1e3', '7.0', '2001-12-14'];
    for (const s of [...yaml11NotStrings, ...numbersAndDates]) {
      expect(toYaml({ k: s }), s).toBe(`k: ${JSON.stringify(s)}\n`);
    }
  });

  it('leaves readable strings plain', () => {
    for (const s of [
      '1.4.1',
      '500m',
      '10Gi',
      'ghcr.io/a/b:1.0',
      'https://x.y/z',
      'Everything deployed here',
      '/healthz',
    ]) {
      expect(toYaml({ k: s })).toBe(`k: ${s}\n`);
    }
  });

  it('writes Kubernetes-style block YAML', () => {
    const text = toYaml({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels: { 'app.kubernetes.io/name': 'web' }, annotations: {} },
      spec: {
        replicas: 3,
        paused: false,
        template: { spec: { containers: [{ name: 'web', args: ['--port', '8080'], env: [] }] } },
        matrix: [[1, 2], [{ a: null }]],
        script: 'line one\nline two\n',
      },
    });
    expect(text).toBe(
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        '  labels:',
        '    app.kubernetes.io/name: web',
        '  annotations: {}',
        'spec:',
        '  replicas: 3',
        '  paused: false',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          args:',
        '            - --port',
        '            - "8080"',
        '          env: []',
        '  matrix:',
        '    - - 1',
        '      - 2',
        '    - - a: null',
        '  script: |',
        '    line one',
        '    line two',
        '',
      ].join('\n'),
    );
  });

  it('keeps trailing newlines of literal blocks exact', () => {
    expect(toYaml({ s: 'a\nb' })).toBe('s: |-\n  a\n  b\n');
    expect(toYaml({ s: 'a\n' })).toBe('s: |\n  a\n');
    expect(toYaml({ s: 'a\n\n' })).toBe('s: |+\n  a\n\n');
  });

  it('skips undefined members, as JSON does', () => {
    expect(toYaml({ a: undefined, b: 1 })).toBe('b: 1\n');
    expect(toYaml({ a: undefined })).toBe('{}\n');
  });
});
