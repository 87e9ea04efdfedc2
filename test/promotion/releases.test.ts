import { describe, expect, it } from 'vitest';
import {
  activeFreeze,
  compareSemver,
  GitOpsErrors,
  imageRefProblem,
  parseImageRef,
  promotionGate,
  Releases,
  rewriteReleases,
  type ReleasesRevision,
} from '../../src/index.js';
import { testEnvironments } from '../helpers.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const pins = (dev: string, staging: string, production: string, extra = '') =>
  `apps:\n  api:\n    dev: ${dev}\n    staging: ${staging}\n    production:\n      image: ${production}\n${extra}`;

function problems(text: string): string[] {
  try {
    Releases.parse(text, 'releases.yaml', testEnvironments);
  } catch (e) {
    if (e instanceof GitOpsErrors) return e.errors.map((x) => `${x.code} ${x.location.field}: ${x.message}`);
    throw e;
  }
  return [];
}

describe('image references', () => {
  it('accepts tags and digests, and says what is wrong with the rest', () => {
    expect(imageRefProblem('registry.example.com:5000/team/api:1.2.3')).toBeUndefined();
    expect(imageRefProblem(`api@${DIGEST}`)).toBeUndefined();
    expect(imageRefProblem(`api:1.2.3@${DIGEST}`)).toBeUndefined();
    expect(imageRefProblem('api')).toContain('has neither a tag nor a digest');
    expect(imageRefProblem('api:latest')).toContain("moving tag 'latest'");
    expect(imageRefProblem('api@sha256:abc')).toContain('is not a digest: use sha256: followed by 64');
    expect(imageRefProblem(`api@sha512:${'a'.repeat(64)}`)).toContain('is not a digest');
    expect(parseImageRef('registry:5000/api:1.2.3')).toEqual({
      repository: 'registry:5000/api',
      tag: '1.2.3',
      digest: undefined,
    });
  });

  it('orders semantic versions, pre-releases first', () => {
    expect(compareSemver('1.10.0', '1.9.9')).toBe(1);
    expect(compareSemver('v1.2.3', '1.2.3')).toBe(0);
    expect(compareSemver('1.2.3-rc.1', '1.2.3')).toBe(-1);
    expect(compareSemver('main-abc', '1.2.3')).toBeUndefined();
  });
});

describe('Releases', () => {
  it('reads pins per tier, short and long form', () => {
    const releases = Releases.parse(
      pins('api:1.2.0', 'api:1.1.0', 'api:1.0.0', '      chart: "3.1.0"\n'),
      'r.yaml',
      testEnvironments,
    );
    const api = releases.app('api');
    expect(api.reference.toObject()).toEqual({ dev: 'api:1.2.0', staging: 'api:1.1.0', production: 'api:1.0.0' });
    expect(api.image.of('dev')).toEqual({ repository: 'api', tag: '1.2.0', digest: undefined });
    expect(api.pin('production').chart).toBe('3.1.0');
    expect(() => releases.app('apj')).toThrow(/has no pins for app 'apj'/);
  });

  it('reports every problem at once: unknown and missing tiers, bad references and digests, unknown fields', () => {
    const text = `apps:\n  api:\n    dev: api:1.0.0\n    stagin: api:1.0.0\n    production:\n      image: api@sha256:1234\n      chrt: "1"\n  web:\n    dev: web\n    staging: web:1.0.0\n    production: web:1.0.0\n`;
    const found = problems(text);
    expect(found).toContain("RELEASES_UNKNOWN_TIER apps.api.stagin: app 'api' has a pin for unknown tier 'stagin'");
    expect(found).toContain("RELEASES_MISSING_TIER apps.api.staging: app 'api' has no pin for tier 'staging'");
    expect(
      found.some(
        (p) => p.startsWith('RELEASES_INVALID_PIN apps.api.production.image:') && p.includes('is not a digest'),
      ),
    ).toBe(true);
    expect(found).toContain(
      "RELEASES_INVALID_PIN apps.api.production.chrt: unknown field 'chrt' in apps.api.production",
    );
    expect(
      found.some(
        (p) => p.startsWith('RELEASES_INVALID_PIN apps.web.dev.image:') && p.includes('neither a tag nor a digest'),
      ),
    ).toBe(true);
    expect(found).toHaveLength(5);
  });

  it('requires a reason and a date on a hotfix', () => {
    expect(problems(pins('api:1.0.0', 'api:1.0.0', 'api:1.0.1', '      hotfix: { since: 2026-01-01 }\n'))[0]).toContain(
      'hotfix needs a reason',
    );
    expect(
      problems(pins('api:1.0.0', 'api:1.0.0', 'api:1.0.1', '      hotfix: { reason: CVE, since: soon }\n'))[0],
    ).toContain('hotfix.since is not a date');
  });
});

describe('promotionGate', () => {
  const gate = (text: string, history: ReleasesRevision[] = [], now = new Date('2026-11-23T12:00:00Z')) =>
    promotionGate(Releases.parse(text, 'r.yaml', testEnvironments), testEnvironments, { now, history: () => history });

  it('passes equal pins and tiers lagging behind by semver', () => {
    expect(gate(pins('api:1.2.0', 'api:1.1.0', 'api:1.0.0')).errors).toEqual([]);
  });

  it('fails a version the tier below never ran, and passes it when history shows it did', () => {
    const text = pins('api:1.2.0', 'api:1.1.0', `api@${DIGEST}`);
    expect(gate(text).errors.map((e) => e.code)).toEqual(['PROMOTION_GATE']);
    const ran: ReleasesRevision = {
      commit: 'c1',
      date: '',
      subject: '',
      images: new Map([['api/staging', `api@${DIGEST}`]]),
      pins: new Map(),
    };
    expect(gate(text, [ran]).errors).toEqual([]);
  });

  it('warns about a young hotfix and fails an old one', () => {
    const young = gate(
      pins('api:1.0.0', 'api:1.0.0', 'api:1.0.1', '      hotfix: { reason: CVE-1, since: 2026-11-20 }\n'),
    );
    expect(young.errors).toEqual([]);
    expect(young.warnings[0]?.message).toContain(
      'hotfix api 1.0.1 in production (CVE-1) is not back-ported to staging, dev after 3 day(s)',
    );
    const old = gate(
      pins('api:1.0.0', 'api:1.0.0', 'api:1.0.1', '      hotfix: { reason: CVE-1, since: 2026-10-01 }\n'),
    );
    expect(old.errors[0]?.code).toBe('PROMOTION_HOTFIX_EXPIRED');
    const backported = gate(
      pins('api:1.0.1', 'api:1.0.1', 'api:1.0.1', '      hotfix: { reason: CVE-1, since: 2026-10-01 }\n'),
    );
    expect(backported.errors).toEqual([]);
    expect(backported.warnings).toEqual([]);
  });
});

describe('rewriteReleases and freeze windows', () => {
  it('changes only the pins, keeping comments and order', () => {
    const text =
      '# pins\napps:\n  api: # the API\n    dev: api:2.0.0\n    staging:\n      chart: "1.0.0" # chart first\n      image: api:1.0.0\n';
    expect(rewriteReleases(text, [{ app: 'api', tier: 'staging', pin: { image: 'api:2.0.0', chart: '1.1.0' } }])).toBe(
      // The yaml library keeps a comment after a map key, on the line below it.
      '# pins\napps:\n  api:\n    # the API\n    dev: api:2.0.0\n    staging:\n      chart: "1.1.0" # chart first\n      image: api:2.0.0\n',
    );
  });

  it('knows when a tier is frozen, in its time zone', () => {
    const production = { freezeWindows: [{ schedule: '0 18 * * 5', duration: '62h', timeZone: 'Europe/Berlin' }] };
    expect(activeFreeze(production, new Date('2026-11-27T16:59:00Z'))).toBeUndefined();
    expect(activeFreeze(production, new Date('2026-11-27T17:00:00Z'))?.endsAt.toISOString()).toBe(
      '2026-11-30T07:00:00.000Z',
    );
    expect(activeFreeze(production, new Date('2026-11-30T07:00:00Z'))).toBeUndefined();
  });
});
