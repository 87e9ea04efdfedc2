import type { IConstruct } from 'constructs';
import type { Tier } from '../environments/index.js';
import { constructError } from './errors.js';

/** A container image: repository plus a tag or a digest. */
export interface ContainerImage {
  /** Repository without tag or digest, e.g. `ghcr.io/company/user-service`. */
  readonly repository: string;
  /** Tag, e.g. `1.4.2`. Production tiers need a tag other than `latest`, or a digest. @default - none */
  readonly tag?: string;
  /** Digest, e.g. `sha256:…` (64 hex digits); wins over the tag for pulling. @default - none */
  readonly digest?: string;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/**
 * The image reference of `image` in `tier`, checked: a valid tag and digest, no tag inside the repository,
 * and, in production tiers, pinned to a tag other than `latest` or to a digest.
 */
export function imageReference(scope: IConstruct, image: ContainerImage, tier: Tier): string {
  const field = 'image';
  const lastSegment = image.repository.slice(image.repository.lastIndexOf('/') + 1);
  if (lastSegment.includes(':') || image.repository.includes('@')) {
    throw constructError(
      scope,
      'IMAGE_TAG_IN_REPOSITORY',
      `image repository '${image.repository}' contains a tag or digest`,
      `${field}/repository`,
      'give the tag in `tag` and the digest in `digest`',
    );
  }
  if (image.tag !== undefined && !TAG.test(image.tag)) {
    throw constructError(
      scope,
      'IMAGE_INVALID_TAG',
      `image tag '${image.tag}' is not a valid tag`,
      `${field}/tag`,
      'use letters, digits, _, . and -, at most 128 characters',
    );
  }
  if (image.digest !== undefined && !DIGEST.test(image.digest)) {
    throw constructError(
      scope,
      'IMAGE_INVALID_DIGEST',
      `image digest '${image.digest}' is not sha256:<64 hex digits>`,
      `${field}/digest`,
      'copy the digest from the registry, e.g. sha256:…',
    );
  }
  if (tier.production && image.digest === undefined && (image.tag === undefined || image.tag === 'latest')) {
    throw constructError(
      scope,
      'IMAGE_NOT_PINNED',
      `image '${image.repository}${image.tag ? `:${image.tag}` : ''}' is not pinned in production tier '${tier.name}' (${image.tag ? "'latest' moves" : 'no tag means latest'})`,
      `${field}/tag`,
      'give a release tag (e.g. 1.4.2) or a digest for production tiers',
    );
  }
  return `${image.repository}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
}
