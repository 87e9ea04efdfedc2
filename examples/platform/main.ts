/**
 * The reference platform: dev → staging → production, two services with their own PostgreSQL,
 * a Redis session cache, Crossplane APIs, Kyverno policies, External Secrets and Argo CD bootstrap.
 *
 * Run `npm run synth` to write the tree to dist/.
 */
import { GitOpsApp } from '../../src/index.js';
import { environments } from '../../environments.js';
import { REPOSITORY } from './argocd.js';
import { buildPlatform } from './platform.js';

const app = new GitOpsApp({ environments, repository: REPOSITORY });
buildPlatform(app);
app.synth();
