#!/usr/bin/env bash
# Rebuilds pre-split.sql.gz, the database the upgrade test starts from: the shop at
# 8b56bd1 (the last version with the single `ocop` module), migrated, then seeded by
# seed-pre-split.ts. Needs a PostgreSQL (default: postgres@127.0.0.1:5432, trust auth)
# and the repository's node_modules. Usage: bash make-dump.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
old=${OLD_WORKTREE:-$(mktemp -d)/ocop-pre-split}
server=${PG_SERVER:-postgres://postgres@127.0.0.1:5432}
db=ocop_pre_split_dump
created_worktree=""

cleanup() {
  psql "$server/postgres" -qc "drop database if exists $db" >/dev/null || true
  if [ -n "$created_worktree" ]; then git -C "$repo" worktree remove --force "$old"; fi
}
trap cleanup EXIT

if [ ! -d "$old" ]; then
  git -C "$repo" worktree add --detach "$old" 8b56bd1
  created_worktree=1
fi
# The old tree uses today's installed packages, except the plugin, which is its own.
if [ ! -d "$old/node_modules" ]; then
  mkdir "$old/node_modules"
  for entry in "$repo"/node_modules/* "$repo"/node_modules/.bin; do
    [ "$(basename "$entry")" = "@ocop-market" ] || ln -s "$entry" "$old/node_modules/"
  done
  mkdir "$old/node_modules/@ocop-market"
  ln -s "$old/plugins/ocop" "$old/node_modules/@ocop-market/medusa-plugin-ocop"
  for ws in plugins/ocop backend; do
    [ -d "$repo/$ws/node_modules" ] && ln -s "$repo/$ws/node_modules" "$old/$ws/node_modules"
  done
fi
export MEDUSA_DISABLE_TELEMETRY=true
[ -d "$old/plugins/ocop/.medusa/server" ] || (cd "$old/plugins/ocop" && npx medusa plugin:build)

psql "$server/postgres" -qc "drop database if exists $db" -c "create database $db"
cp "$here/seed-pre-split.ts" "$old/backend/src/scripts/seed-pre-split.ts"
(
  cd "$old/backend"
  export DATABASE_URL="$server/$db"
  npx medusa db:migrate
  npx medusa exec ./src/scripts/seed-pre-split.ts
)
rm "$old/backend/src/scripts/seed-pre-split.ts"
# INSERTs, not COPY, so that the test can replay it through a plain client.
pg_dump --inserts --no-owner --no-privileges "$server/$db" | gzip -9n >"$here/pre-split.sql.gz"
echo "wrote $here/pre-split.sql.gz ($(du -h "$here/pre-split.sql.gz" | cut -f1))"
