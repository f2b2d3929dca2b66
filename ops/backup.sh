#!/usr/bin/env bash
# Online backup of the embedded PostgreSQL while OneTeam runs: a base backup (PostgreSQL's pg_backup_start /
# pg_backup_stop, the data files and the WAL to replay) into a new directory. See README "Backup and restore" and
# docs/adr/0008-embedded-database-durability.md. Usage: ops/backup.sh [DATA_DIR=./data/postgres] [TARGET=./backups/<time>]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR=${1:-./data/postgres}
TARGET=${2:-./backups/$(date +%Y%m%dT%H%M%S)}
JAR=${JAR:-$(ls target/oneteam-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$JAR" ]; then ./mvnw -q -DskipTests package; JAR=$(ls target/oneteam-*.jar | grep -v original | head -1); fi
[ -f "$DATA_DIR/postmaster.pid" ] || { echo "no server runs on $DATA_DIR: start OneTeam first" >&2; exit 1; }
umask 077
java -cp "$JAR" -Dloader.main=cn.oneteam.platform.EmbeddedPostgresBackup \
  org.springframework.boot.loader.launch.PropertiesLauncher backup "$DATA_DIR" "$TARGET"
