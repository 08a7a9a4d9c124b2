#!/usr/bin/env bash
# Adds one EF Core migration to both providers' migrations projects, so they never drift apart.
# Usage: scripts/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NameOfChange}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project "src/FrontDoor.Migrations.$provider" \
    --startup-project "src/FrontDoor.Migrations.$provider" \
    --output-dir Migrations
done
