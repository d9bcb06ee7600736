// The GitHub engine's public entry (the only module of src/github/ other layers import): github.com
// and GHES endpoints, which token goes to which host, and release listings.

export { githubAuthFor, githubEndpoints, githubToken, isGitHubHost, type GitHubEndpoints, type TokenOptions } from './endpoints.js';
export { GitHubReleases, type Release, type ReleaseAsset, type ReleasesClientOptions } from './releases.js';
