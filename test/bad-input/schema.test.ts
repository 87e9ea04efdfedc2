// Bad input caught by schema validation and by placing objects in the tree: each case is one mistake in
// an otherwise valid program (test/bad-input/fixtures/run-case.ts), run through `cdk8s-gitops synth`.
import { describe, it } from 'vitest';
import { expectAccepted, expectRejected, seedOnce } from './catalogue.js';

const WEB = 'environments/dev/applications/web';

describe.concurrent('bad input: schemas and placement', () => {
  const seed = seedOnce();

  it('wrong field type', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'wrong-field-type',
      `error   dev ${WEB}/deployment-web.yaml /spec/replicas: 'replicas' has the wrong type (expected integer, found string "three") [construct dev/applications-web/web]`,
    );
  });

  it('unknown field, with a suggestion', async (ctx) => {
    const { lines } = await expectRejected(
      ctx,
      seed(),
      'unknown-field',
      `error   dev ${WEB}/deployment-web.yaml /spec/replica: unknown field 'replica' [construct dev/applications-web/web] — did you mean 'replicas'?`,
    );
    ctx.expect(lines[0]).toContain("did you mean 'replicas'?");
  });

  it('missing required field: an Argo CD Application without spec.project', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'application-without-project',
      "error   - bootstrap/argocd/application-web.yaml /spec/project: missing required field 'project' [construct bootstrap-argocd/web]",
    );
  });

  it('missing required field: a container without a name', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'container-without-name',
      `error   dev ${WEB}/deployment-web.yaml /spec/template/spec/containers/0/name: missing required field 'name' [construct dev/applications-web/web]`,
    );
  });

  it('a CronJob with an invalid schedule', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'cronjob-bad-schedule',
      "error   dev environments/dev/applications/batch/cronjob-cleanup.yaml /spec/schedule: 'every night' is not a cron schedule: it has 2 fields, not 5 (minute hour day-of-month month day-of-week) [construct dev/applications-batch/cleanup] — e.g. '0 3 * * *' or @daily",
    );
  });

  it('a claim whose parameter has the wrong type for its XRD', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'claim-wrong-type',
      `error   dev environments/dev/infrastructure/xdatabase-orders-db.yaml /spec/parameters/storageGb: 'storageGb' has the wrong type (expected integer, found string "20Gi") [construct dev/infrastructure/orders-db]`,
    );
  });

  it('a claim whose parameter is outside its XRD enum', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'claim-bad-enum',
      `error   dev environments/dev/infrastructure/xdatabase-orders-db.yaml /spec/parameters/size: 'size' is not one of the allowed values (expected one of "small", "medium", "large", found string "huge") [construct dev/infrastructure/orders-db]`,
    );
  });

  it('a kind without a schema', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'no-schema',
      `error   dev ${WEB}/widget-widget.yaml: no schema for example.com/v1 Widget [construct dev/applications-web/widget] — emit its CRD in the same tree, register its CRD file (validation.crdFiles; validate --crd FILE), or declare the kind external (validation.externalKinds; validate --external PATTERN)`,
    );
  });

  it('the same kind passes once declared external (validation.externalKinds)', async (ctx) => {
    const { tree } = await expectAccepted(ctx, seed(), 'no-schema-external');
    ctx.expect(tree.get(`${WEB}/widget-widget.yaml`)).toContain('kind: Widget');
    ctx.expect(tree.get('notes/README.md')).toBe('Hand-written: synth must never touch this file.\n');
  });

  it('an apiVersion Kubernetes no longer serves', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'api-version-not-served',
      `error   dev ${WEB}/poddisruptionbudget-web.yaml: no schema for policy/v1beta1 PodDisruptionBudget [construct dev/applications-web/web] — PodDisruptionBudget is known as apiVersion policy/v1; otherwise emit its CRD in the same tree, register its CRD file (validation.crdFiles; validate --crd FILE), or declare the kind external (validation.externalKinds; validate --external PATTERN)`,
    );
  });

  it('two objects writing the same file, naming both construct paths', async (ctx) => {
    const { lines } = await expectRejected(
      ctx,
      seed(),
      'file-collision',
      `error: two objects would write ${WEB}/configmap-web-config.yaml: dev/applications-web/config and dev/applications-web/more-config`,
    );
    ctx.expect(lines).toContain(`  file: ${WEB}/configmap-web-config.yaml`);
  });

  it('the same object in two folders of one tier', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'duplicate-in-tier',
      `error   dev ${WEB}/configmap-shared-config_dev.yaml /metadata/name: ConfigMap dev/shared-config is defined twice in tier dev: here and in environments/dev/infrastructure/configmap-shared-config.yaml [construct dev/applications-web/shared-config] — an object may appear once per cluster; rename one of them or merge them`,
    );
  });

  it('an object outside any folder (a plain cdk8s Chart)', async (ctx) => {
    const { lines } = await expectRejected(
      ctx,
      seed(),
      'object-outside-folder',
      // cdk8s names objects of a plain Chart with a hash of the construct path: stable for this path.
      "error: ConfigMap 'loose-stray-c816b5f9' is not in a folder of the tree",
    );
    ctx.expect(lines[1]).toBe('  construct: loose/stray');
  });
});
