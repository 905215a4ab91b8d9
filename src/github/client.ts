// The one way this project makes a GitHub API client: @actions/github's getOctokit
// (Octokit core with the REST methods and pagination), pointed at GITHUB_API_URL so it
// works on GitHub Enterprise Server and against the test stand-in.

import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { InputError } from '../errors.js';
import { log } from '../log.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** The REST API root; default GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
}

export function createGitHubClient(token: string, options: ClientOptions = {}): GitHubClient {
  if (!token) throw new InputError('the "github-token" input is empty: give a token that can write pull request comments (the default is ${{ github.token }})');
  // Masks the token in the runner's log. Only on a runner: elsewhere (the CLI) the
  // ::add-mask:: line itself would print the token.
  if (process.env.GITHUB_ACTIONS === 'true') core.setSecret(token);
  return getOctokit(token, {
    baseUrl: (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    // Octokit's own warnings (deprecations) go to our log, never console.
    log: { debug: log.debug, info: log.debug, warn: log.warning, error: log.warning },
  });
}
