// Mistakes the program itself trips over before anything is validated: a malformed catalogue of tiers,
// per-tier values and tier names through casts, bad folder names, errors thrown by the program, a program
// that never synthesizes, a type error. Each is one case of test/bad-input/fixtures/run-case.ts.
import { describe, it } from 'vitest';
import { AT_RUNNER, expectRejected, locationInRunner, seedOnce } from './catalogue.js';

/** Cases whose GitOpsError the program hook prints as `error: <message>`, then the runner's line. */
const THROWN: ReadonlyArray<readonly [title: string, name: string, first: string, detail?: string]> = [
  ['an empty catalogue of tiers', 'env-empty', 'error: the environments catalogue has no tiers'],
  [
    'promotesFrom naming an unknown tier',
    'env-unknown-promotes-from',
    "error: tier 'staging' promotes from unknown tier 'dve'",
    "  fix: did you mean 'dev'? the tiers are: dev, staging",
  ],
  ['a promotion cycle', 'env-cycle', 'error: promotion cycle: dev → staging → production → dev'],
  [
    'two tiers on the same cluster and namespace',
    'env-overlap',
    "error: tiers 'dev' and 'qa' both deploy infrastructure to namespace 'platform' on https://kubernetes.default.svc",
  ],
  [
    'a tier name that is not a DNS-1123 label',
    'env-invalid-tier-name',
    `error: tier name 'Dev_1' is not a DNS-1123 label: it must consist of lower-case letters, digits and "-", and start and end with a letter or digit`,
    "  fix: rename it, e.g. 'dev-1'",
  ],
  [
    'a cluster server that is not https',
    'env-bad-server',
    "error: tier 'dev' has cluster server 'http://dev.example.com', which is not an https:// URL",
  ],
  [
    'a freeze window with an invalid cron schedule',
    'freeze-bad-cron',
    "error: freeze window of tier 'dev' has an invalid cron schedule '0 18 * * FRIDAY'",
    '  field: tiers.dev.freezeWindows[0].schedule',
  ],
  [
    'a freeze window with an invalid duration',
    'freeze-bad-duration',
    "error: freeze window of tier 'dev' has an invalid duration '2 days'",
    '  field: tiers.dev.freezeWindows[0].duration',
  ],
  [
    'a per-tier value missing a tier (through a cast)',
    'per-tier-missing',
    "error: perTier() has no value for tier 'production'",
  ],
  [
    'a per-tier value for an unknown tier (through a cast)',
    'per-tier-unknown',
    "error: perTier() has a value for unknown tier 'prodction'",
    "  fix: did you mean 'production'? the tiers are: dev, staging, production",
  ],
  [
    'app.tier() with an unknown tier (through a cast)',
    'tier-unknown',
    "error: unknown tier 'prodction'",
    "  fix: did you mean 'production'? the tiers are: dev, staging, production",
  ],
  [
    'an application name that is not a DNS-1123 label',
    'application-invalid-name',
    `error: application name 'User_Service' is not a DNS-1123 label: it must consist of lower-case letters, digits and "-", and start and end with a letter or digit`,
  ],
  [
    'a folder path escaping the tree',
    'folder-escapes-tree',
    "error: folder path '../x' is not a relative path inside the output tree",
  ],
  [
    'a CRD file in validation.crdFiles that does not exist',
    'crd-file-missing',
    "error: CRD file 'crds/widgets.yaml' does not exist",
    '  field: validation.crdFiles',
  ],
  [
    'waive() without a reason',
    'waiver-without-reason',
    "error: waive(dev/applications-db/creds, 'secret.plaintext') needs a reason",
  ],
  [
    'waive() naming a check that does not exist',
    'waiver-unknown-code',
    "error: waive(dev/applications-db/creds, 'secret.plaintxt') names no known check",
  ],
];

describe.concurrent('bad input: the program', () => {
  const seed = seedOnce();

  for (const [title, name, first, detail] of THROWN) {
    it(title, async (ctx) => {
      const { lines } = await expectRejected(ctx, seed(), name, first);
      // The user's own call, never the library's internals, comes right after the message.
      ctx.expect(lines[1]).toMatch(AT_RUNNER);
      if (detail) ctx.expect(lines).toContain(detail);
    });
  }

  it('a program that throws an ordinary Error: the message, then where it was thrown', async (ctx) => {
    const { run, lines } = await expectRejected(ctx, seed(), 'throws', 'error: cannot reach the artifact registry');
    const at = locationInRunner("new Error('cannot reach the artifact registry')");
    ctx.expect(lines[1]).toBe(`  at: test/bad-input/fixtures/run-case.ts:${at}`);
    ctx.expect(run.stderr).not.toContain('node_modules');
  });

  it('a program that never calls app.synth()', async (ctx) => {
    await expectRejected(ctx, seed(), 'no-synth', 'error: the program ran but never called app.synth()');
  });

  it('a program with a type error stops before writing', async (ctx) => {
    const { lines } = await expectRejected(
      ctx,
      seed(),
      // Not a case of the runner: its own fixture, run with type-checking on.
      'valid',
      // TypeScript orders the union's members by creation, so only the shape of the type is pinned.
      /^error: type error in the program: TS2322: Type 'PerTier<"[a-z]+" \| "[a-z]+" \| "[a-z]+", number>' is not assignable to type 'number'\.$/,
      { typecheck: true, program: 'test/bad-input/fixtures/type-error.ts' },
    );
    ctx.expect(lines[1]).toBe('  at: test/bad-input/fixtures/type-error.ts:7:7');
  });
});
