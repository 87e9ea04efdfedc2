// Crossplane mistakes: bad parameters (caught when the claim is constructed), claims and XRDs the synth
// checks reject, and XRD files import-xrd cannot read. Each exits 2 and leaves the outdir untouched.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { copySeed, expectRejected, firstLine, runCliAsync, scratch, seedOnce } from './catalogue.js';
import { readTree } from '../helpers.js';

const PROGRAM = 'test/bad-input/fixtures/crossplane-cases.ts';

const CASES: ReadonlyArray<readonly [title: string, name: string, first: string, detail?: string]> = [
  [
    'a parameter outside its enum',
    'xp-enum',
    `error: XDatabase 'db' in tier dev: parameters.size must be one of "small", "large"`,
    '  field: parameters.size',
  ],
  [
    'a parameter outside its range',
    'xp-range',
    "error: XDatabase 'db' in tier staging: parameters.replicas must be <= 5",
  ],
  [
    'a parameter of the wrong type',
    'xp-type',
    "error: XDatabase 'db' in tier dev: parameters.replicas must be integer",
  ],
  [
    'a required parameter missing in one tier only',
    'xp-required-one-tier',
    "error: XDatabase 'db' in tier production: parameters.size required field is missing",
    '  tier: production',
  ],
  [
    'a claim whose kind no XRD defines',
    'xp-claim-without-xrd',
    // Validation names the object first (no schema for its kind); the Crossplane check's error and fix follow.
    'error   dev environments/dev/infrastructure/xdatabase-db.yaml: no schema for platform.example.com/v1alpha1 XDatabase [construct dev/infrastructure/db/Resource] — emit its CRD in the same tree, register its CRD file (validation.crdFiles; validate --crd FILE), or declare the kind external (validation.externalKinds; validate --external PATTERN)',
    "  fix: define the API (Xrd.define(app, api)) or declare it external: CrossplaneCheck.of(app).external('platform.example.com/XDatabase')",
  ],
  [
    'a compositionSelector matching no Composition',
    'xp-selector-unmatched',
    "error: XDatabase 'db' selects Compositions with provider=gcp, but no Composition of XDatabase has these labels",
  ],
  [
    'a claim kind equal to the composite kind',
    'xp-claim-kind-same',
    "error: claim kind 'XDatabase' is the same as the composite kind",
  ],
  [
    'two referenceable versions',
    'xp-two-referenceable',
    'error: composite API XDatabase has 2 referenceable versions (v1, v2)',
  ],
  [
    'an XRD not named <plural>.<group>',
    'xp-xrd-name',
    "error: CompositeResourceDefinition 'caches.platform.example.com' must be named 'xcaches.platform.example.com' (<plural>.<group>)",
  ],
];

describe('bad input: Crossplane', () => {
  const seed = seedOnce();
  for (const [title, name, first, detail] of CASES) {
    it(title, async (ctx) => {
      const { lines } = await expectRejected(ctx, seed(), name, first, { program: PROGRAM });
      if (detail) ctx.expect(lines).toContain(detail);
    });
  }

  it('an XRD file import-xrd cannot read names the file and the field, and writes nothing', async (ctx) => {
    const dir = scratch(ctx.onTestFinished);
    const file = join(dir, 'definition.yaml');
    writeFileSync(
      file,
      'apiVersion: apiextensions.crossplane.io/v2\nkind: CompositeResourceDefinition\nmetadata: { name: xthings.example.com }\nspec:\n  names: { kind: XThing, plural: xthings }\n  versions: [{ name: v1, served: true, referenceable: true }]\n',
    );
    const out = copySeed(seed(), dir);
    const before = readTree(dir);
    const run = await runCliAsync(['import-xrd', file, '--out', out]);
    ctx.expect(run.code).toBe(2);
    ctx.expect(firstLine(run.stderr)).toBe(`error: ${file}: spec.group is missing`);
    ctx.expect(run.stderr).toContain('  field: spec.group');
    ctx.expect(readTree(dir)).toEqual(before);
  });
});
