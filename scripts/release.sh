#!/usr/bin/env bash
# `npm run release -- X.Y.Z`: makes release X.Y.Z on this machine and prints the push.
# Checks: on main, a clean tree (untracked files too), X.Y.Z newer than the last vX.Y.Z tag,
# something under the CHANGELOG's "## [Unreleased]", and dist/ what the sources build to
# (scripts/check-dist.sh: users run the committed dist/). Then sets the version in
# package.json and package-lock.json, moves the Unreleased entries under "## [X.Y.Z] - date"
# (and the compare links at the end), commits "Release X.Y.Z", tags vX.Y.Z and moves the
# major tag vX to it (forced: users pin `@v0`, as the README says). It pushes nothing: it
# prints the commands, to run once the result looks right.
set -euo pipefail
cd "$(dirname "$0")/.."
die() {
  echo "release: $*" >&2
  exit 2
}

version=${1:-}
[[ "$version" =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] ||
  die "usage: npm run release -- X.Y.Z (three numbers, e.g. 0.2.0); got '$version'"
major=${BASH_REMATCH[1]}

branch=$(git symbolic-ref --quiet --short HEAD || true)
[ "$branch" = main ] || die "releases are made from main, not ${branch:-a detached HEAD}: git switch main"
dirty=$(git status --porcelain --untracked-files=all)
[ -z "$dirty" ] || die "the working tree is not clean; commit or stash first:
$dirty"
if git rev-parse --quiet --verify "refs/tags/v$version" >/dev/null; then
  die "tag v$version exists already"
fi
last=$(git tag --list 'v[0-9]*.[0-9]*.[0-9]*' --sort=-v:refname | head -n 1)
if [ -n "$last" ] && [ "$(printf '%s\n%s\n' "${last#v}" "$version" | sort -V | tail -n 1)" != "$version" ]; then
  die "$version is not newer than the last release, $last"
fi
grep -q '^## \[Unreleased\]' CHANGELOG.md || die "CHANGELOG.md has no '## [Unreleased]' section"
entries=$(awk '/^## \[Unreleased\]/ { on = 1; next } /^## \[|^\[[^]]*\]: / { on = 0 } on && NF && !/^### /' CHANGELOG.md)
[ -n "$entries" ] || die "CHANGELOG.md's Unreleased section is empty: say what $version changes"
bash scripts/check-dist.sh >&2 || die "dist/ is not what the sources build to: run 'npm run build', commit dist/, and release again"

# package.json and package-lock.json (its own version and the root package's), the
# CHANGELOG's heading and links; node is the Node 24 npm puts first on PATH.
node - "$version" "$(date -u +%F)" "${last#v}" <<'JS'
const fs = require('fs')
const [version, date, previous] = process.argv.slice(2)
const writeJson = (file, edit) => {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'))
  edit(data)
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n')
}
writeJson('package.json', (pkg) => (pkg.version = version))
if (fs.existsSync('package-lock.json'))
  writeJson('package-lock.json', (lock) => {
    lock.version = version
    if (lock.packages && lock.packages['']) lock.packages[''].version = version
  })
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'))
const repo = String(pkg.repository?.url ?? pkg.repository ?? '')
  .replace(/^git\+/, '')
  .replace(/\.git$/, '')
let log = fs.readFileSync('CHANGELOG.md', 'utf8')
log = log.replace(/^## \[Unreleased\].*$/m, `## [Unreleased]\n\n## [${version}] - ${date}`)
const links = [
  `[Unreleased]: ${repo}/compare/v${version}...HEAD`,
  previous
    ? `[${version}]: ${repo}/compare/v${previous}...v${version}`
    : `[${version}]: ${repo}/releases/tag/v${version}`
]
if (/^\[Unreleased\]: .*$/m.test(log))
  log = log.replace(/^\[Unreleased\]: .*$/m, links.join('\n'))
else log = log.replace(/\n*$/, `\n\n${links.join('\n')}\n`)
fs.writeFileSync('CHANGELOG.md', log)
JS

files=(package.json CHANGELOG.md)
[ -f package-lock.json ] && files+=(package-lock.json)
git add -- "${files[@]}"
git commit -q -m "Release $version"
git tag -a "v$version" -m "image-size-budget $version"
moved=$(git rev-parse --quiet --verify "refs/tags/v$major^{commit}" || true)
git tag -f -a "v$major" -m "image-size-budget $version (v$major follows the latest $major.x release)" >/dev/null
echo "Released $version: commit $(git rev-parse --short HEAD), tag v$version, v$major ${moved:+moved from $(git rev-parse --short "$moved") }to it."
echo "Nothing is pushed. To publish:"
echo "  git push --atomic origin main v$version"
echo "  git push --force origin v$major"
