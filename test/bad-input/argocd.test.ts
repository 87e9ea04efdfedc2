// Argo CD mistakes (issue 7): each case of test/bad-input/fixtures/run-case.ts starts from a program whose
// every folder is synced once (a project and an Application per tier) and adds one mistake.
import { describe, it } from 'vitest';
import { expectRejected, seedOnce } from './catalogue.js';

const CASES: ReadonlyArray<readonly [title: string, name: string, first: string | RegExp, detail?: string]> = [
  [
    'a sync window with an invalid cron schedule',
    'argocd-sync-window-bad-cron',
    /^error: sync window 0: '0 25 \* \* \*' is not a cron schedule/,
    '  field: syncWindows[0].schedule',
  ],
  [
    'a sync window with an invalid duration',
    'argocd-sync-window-bad-duration',
    "error: sync window 0: '2 days' is not a duration: use a Go duration such as 90s, 1h or 2h30m",
    '  field: syncWindows[0].duration',
  ],
  [
    'an Application path outside the tree',
    'argocd-path-outside-tree',
    "error: ApplicationSet 'outside' generates Application 'outside-dev' with path 'elsewhere/dev', outside the tree at 'dist'",
    '  field: spec.template.spec.source.path',
  ],
  [
    'a destination no tier declares',
    'argocd-destination-unknown',
    "error: Application 'api-elsewhere' deploys to https://elsewhere.example.com, a cluster no tier declares",
    '  field: destination.server',
  ],
  [
    'a template parameter no generator provides',
    'argocd-template-parameter-unknown',
    "error: ApplicationSet 'broken': parameter '.app' is provided by no generator in '{{.app}}-{{.tier}}'",
    '  fix: use a parameter the generators provide (.tier), or add it to a generator',
  ],
  [
    'two Applications of one name in one Argo CD namespace',
    'argocd-duplicate-name',
    "error: two Applications are named 'dev' in Argo CD namespace 'argocd': bootstrap/argocd/application-dev.yaml and Application 'dev' in bootstrap/argocd/more/application-dev.yaml",
    '  field: metadata.name',
  ],
  [
    'an Application name that is not DNS-1123',
    'argocd-name-not-dns-1123',
    `error: Application name 'Api_Dev' is not a DNS-1123 name: it must consist of lower-case letters, digits, "-" and ".", and start and end with a letter or digit`,
    '  tier: dev',
  ],
  [
    'a folder nothing syncs',
    'argocd-folder-not-synced',
    "error: folder 'environments/production/applications/api' holds 1 object(s) but nothing syncs it",
    "  fix: sync it with an Argo CD Application or a Flux Kustomization, or exempt it: SyncCoverage.of(app).exempt('environments/production/applications/api', 'reason')",
  ],
  [
    'a folder synced twice',
    'argocd-folder-synced-twice',
    "error: folder 'environments/dev/applications/api' is synced 2 times: Application argocd/api-dev and Application argocd/dev",
  ],
];

describe.concurrent('bad input: Argo CD', () => {
  const seed = seedOnce();
  for (const [title, name, first, detail] of CASES) {
    it(title, async (ctx) => {
      const { lines } = await expectRejected(ctx, seed(), name, first);
      if (detail) ctx.expect(lines).toContain(detail);
    });
  }
});
