#!/usr/bin/env bash
# Optional tools some tests use, from Debian's packages, installed only when missing and only
# where apt may run without a password (as root, or with `sudo -n`):
#   pre-commit  runs .pre-commit-hooks.yaml in test/cli/pre-commit.e2e.test.ts (skipped by name without it)
#   cmark-gfm   GitHub's Markdown renderer, compared with micromark-gfm (compared only where installed)
# Never fails: without apt the tests still pass, with the pre-commit test reported as skipped.
set -u
missing=()
command -v pre-commit >/dev/null 2>&1 || missing+=(pre-commit)
command -v cmark-gfm >/dev/null 2>&1 || missing+=(cmark-gfm)
if [ ${#missing[@]} -eq 0 ]; then
  echo "optional tools: pre-commit and cmark-gfm are installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "optional tools: not installed (no apt-get): ${missing[*]}"
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "optional tools: not installed (apt-get needs root or passwordless sudo): ${missing[*]}"
  exit 0
fi
echo "optional tools: installing ${missing[*]} with apt-get"
if "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
  echo "optional tools: installed ${missing[*]}"
else
  echo "optional tools: apt-get could not install ${missing[*]}; the tests that use them are skipped or compare less"
fi
exit 0
