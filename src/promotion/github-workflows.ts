import { Construct } from 'constructs';
import { Platform, RepositoryFiles } from '../tree/index.js';
import type * as Yaml from 'yaml';
import { lazyModule } from '../lazy/index.js';

const yaml = lazyModule<typeof Yaml>('yaml');

/** Props of {@link GitHubWorkflows}. */
export interface GitHubWorkflowsProps {
  /** Folder of the workflows, relative to the repository root. @default '.github/workflows' */
  readonly folder?: string;
  /** Node.js version the jobs use. @default '20' */
  readonly nodeVersion?: string;
  /** Command that installs the project. @default 'npm ci' */
  readonly install?: string;
  /** Branch pull requests target and production deploys from. @default 'main' */
  readonly mainBranch?: string;
  /** GitHub environment (with required reviewers) the production gate job is bound to. @default 'production' */
  readonly productionEnvironment?: string;
  /** Cron schedule of the drift job (UTC). @default '0 8 * * *' */
  readonly driftSchedule?: string;
  /**
   * Compare the clusters with the tree in the drift job and sync production after approval, with the
   * Argo CD CLI (`ARGOCD_SERVER` and `ARGOCD_AUTH_TOKEN` secrets). @default true
   */
  readonly argocd?: boolean;
}

/**
 * GitHub Actions workflows for the platform repository, generated from the tier catalogue:
 *
 * - `gitops-pr.yml`: on pull requests, `synth --check` (validation and policy gate included) as one matrix
 *   job per tier, and the rendered diff against the base branch posted as a PR comment;
 * - `gitops-production.yml`: a gate job bound to a protected GitHub environment, run when production
 *   tiers change on the main branch, that syncs them with Argo CD after approval;
 * - `gitops-drift.yml`: a scheduled job that checks the committed tree against the program and the
 *   clusters against the tree.
 *
 * The files carry a generated header and are written by synth outside the tree; they are not manifests.
 */
export class GitHubWorkflows extends Construct {
  public constructor(scope: Construct, id: string, props: GitHubWorkflowsProps = {}) {
    super(scope, id);
    const platform = Platform.of(this);
    const folder = (props.folder ?? '.github/workflows').replace(/\/$/, '');
    const tiers = platform.environments.names;
    const production = platform.environments.tiers.filter((t) => t.production).map((t) => t.name);
    const main = props.mainBranch ?? 'main';
    const argocd = props.argocd ?? true;
    const setup = [
      { uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } },
      { uses: 'actions/setup-node@v4', with: { 'node-version': props.nodeVersion ?? '20', cache: 'npm' } },
      { run: props.install ?? 'npm ci' },
    ];
    const argocdCli = {
      name: 'Install the Argo CD CLI',
      run: 'curl -sSfL -o /usr/local/bin/argocd https://github.com/argoproj/argo-cd/releases/latest/download/argocd-linux-amd64 && chmod +x /usr/local/bin/argocd',
    };
    const argocdEnv = {
      ARGOCD_SERVER: '${{ secrets.ARGOCD_SERVER }}',
      ARGOCD_AUTH_TOKEN: '${{ secrets.ARGOCD_AUTH_TOKEN }}',
    };
    const files = RepositoryFiles.of(this);

    files.add(
      this,
      `${folder}/gitops-pr.yml`,
      yaml().stringify({
        name: 'GitOps: check the rendered tree',
        on: { pull_request: { branches: [main] } },
        permissions: { contents: 'read', 'pull-requests': 'write' },
        concurrency: { group: 'gitops-pr-${{ github.event.pull_request.number }}', 'cancel-in-progress': true },
        jobs: {
          synth: {
            name: 'synth --check (${{ matrix.tier }})',
            'runs-on': 'ubuntu-latest',
            strategy: { 'fail-fast': false, matrix: { tier: [...tiers] } },
            steps: [
              ...setup,
              {
                name: 'Synthesize, validate and run the policy gate for the tier',
                run: 'npx cdk8s-gitops synth --check --tier ${{ matrix.tier }}',
              },
            ],
          },
          diff: {
            name: 'rendered diff',
            'runs-on': 'ubuntu-latest',
            steps: [
              ...setup,
              { name: 'The committed tree is what the program produces', run: 'npx cdk8s-gitops synth --check' },
              {
                name: 'Rendered diff against the base branch',
                run: 'npx cdk8s-gitops diff --against origin/${{ github.base_ref }} --format markdown > gitops-diff.md',
              },
              {
                name: 'Post the diff on the pull request',
                env: { GH_TOKEN: '${{ github.token }}' },
                run:
                  'gh pr comment ${{ github.event.pull_request.number }} --edit-last --body-file gitops-diff.md || ' +
                  'gh pr comment ${{ github.event.pull_request.number }} --body-file gitops-diff.md',
              },
            ],
          },
        },
      }),
    );

    if (production.length > 0) {
      files.add(
        this,
        `${folder}/gitops-production.yml`,
        yaml().stringify({
          name: 'GitOps: production gate',
          on: {
            push: {
              branches: [main],
              paths: [
                'releases.yaml',
                ...production.map(
                  (t) => `${platform.repository?.pathOf(`environments/${t}`) ?? `**/environments/${t}`}/**`,
                ),
              ],
            },
          },
          permissions: { contents: 'read' },
          concurrency: { group: 'gitops-production', 'cancel-in-progress': false },
          jobs: {
            'production-gate': {
              name: 'approve and sync production',
              'runs-on': 'ubuntu-latest',
              environment: props.productionEnvironment ?? 'production',
              strategy: { matrix: { tier: production } },
              steps: [
                ...setup,
                {
                  name: 'The production tree is what the program produces',
                  run: 'npx cdk8s-gitops synth --check --tier ${{ matrix.tier }}',
                },
                ...(argocd
                  ? [
                      argocdCli,
                      {
                        name: 'Sync the tier (manual sync policy: this approval is the trigger)',
                        env: argocdEnv,
                        run: 'argocd app sync -l gitops.cdk8s.io/tier=${{ matrix.tier }} --grpc-web --timeout 600',
                      },
                    ]
                  : []),
              ],
            },
          },
        }),
      );
    }

    files.add(
      this,
      `${folder}/gitops-drift.yml`,
      yaml().stringify({
        name: 'GitOps: drift detection',
        on: { schedule: [{ cron: props.driftSchedule ?? '0 8 * * *' }], workflow_dispatch: {} },
        permissions: { contents: 'read' },
        jobs: {
          tree: {
            name: 'the committed tree matches the program',
            'runs-on': 'ubuntu-latest',
            steps: [...setup, { run: 'npx cdk8s-gitops synth --check' }],
          },
          ...(argocd
            ? {
                clusters: {
                  name: 'the clusters match the tree (${{ matrix.tier }})',
                  'runs-on': 'ubuntu-latest',
                  strategy: { 'fail-fast': false, matrix: { tier: [...tiers] } },
                  steps: [
                    argocdCli,
                    {
                      name: 'argocd app diff for every Application of the tier',
                      env: argocdEnv,
                      run:
                        'set -o pipefail; for app in $(argocd app list -l gitops.cdk8s.io/tier=${{ matrix.tier }} -o name --grpc-web); do ' +
                        'argocd app diff "$app" --refresh --grpc-web || { echo "::error::drift in $app"; failed=1; }; done; exit ${failed:-0}',
                    },
                  ],
                },
              }
            : {}),
        },
      }),
    );
  }
}
