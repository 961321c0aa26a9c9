#!/bin/sh
# The schema of a database as text: its user_version (the migrations it
# has had), then every table, index, trigger and view as SQLite keeps
# it, in a fixed order.  migrations/schema.snapshot.sql is this for a
# database made today (make schema-snapshot writes it again), and
# tests/scenario/18_migrations.sh holds databases to it.
# usage: schema.sh DB
set -eu
sqlite3 "$1" "SELECT '-- user_version ' || user_version FROM pragma_user_version" \
    "SELECT sql || ';' FROM sqlite_master WHERE sql IS NOT NULL AND
     name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0
     WHEN 'index' THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, name"
