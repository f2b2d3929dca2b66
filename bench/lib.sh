# The start-up the bench scripts share; sourced by them (`. bench/lib.sh`) after `set -euo pipefail` and the `cd` to
# the repository. Sourcing it makes the scratch directory $DATA and, on exit, stops the application ($APP) and the
# processes named in $OTHERS and removes $DATA: nothing changes outside it.
#   build [maven options]              the jar, unless SKIP_BUILD is set (JAR names another jar)
#   start_app DIR LOG [options]        the jar on port $PORT with the demo data and its embedded PostgreSQL in DIR,
#                                      APP_JAVA_OPTS before -jar (default -Xmx512m: every bench passes with
#                                      that heap, issue 18); waits for "OneTeam is ready" and for the demo data
#                                      loading in the background after it (APP: its process);
#                                      the record's checkpoint key and log in record/ beside DIR, not the working
#                                      directory's (a checkpoint of another database would fail every verification)
#   ready LOG                          the lines saying in how many ms it was ready and the demo data loaded
#   machine                            cores, load average and the Java version
#   start_demo [options]               start_app on $DATA/postgres logging to $DATA/app.log, then ready and machine
#   use_database LOG DIR               exports PGHOST, PGUSER, PGPASSWORD, PGPORT and DB for psql: the embedded server
#                                      of the application logging to LOG with its data in DIR; then SQL and VALUE
#   ms START                           the milliseconds since START ($(date +%s%N))
#   need_psql                          installs Debian's PostgreSQL package when psql or pgbench is missing
#   start_another PORT LOG [options]   a second instance of the jar on port PORT, without the demo profile, on the
#                                      database use_database found (the first instance's embedded server) and with its
#                                      record key (start_demo's); waits for "OneTeam is ready" (ANOTHER: its process, also in OTHERS)

#   generate_province CASES EVENTS PEOPLE YEARS [SUBJECTS]
#                                      writes by SQL into the database use_database found the bodies of PROVINCE's real
#                                      divisions, PEOPLE people, CASES cases and EVENTS events spread over the YEARS
#                                      years ending with YEAR (bench/province.sql, bench/province-events.sql) and
#                                      SUBJECTS subjects in its townships (bench/province-subjects.sql), the secondary
#                                      indexes of the events and subjects dropped for the load and built again as the
#                                      migrations define them; prints the time and the counts
#   province_accounts                  bench accounts with READ tokens (token ROLE): bench.leader and bench.dispatcher
#                                      of the province's government, bench.supervisor of its 司法厅 (jurisdiction: the
#                                      province) and bench.head, head of the county bureau with the most cases (COUNTY)
# KEEP=1 keeps the scratch directory (its path is printed at the end); REUSE=<that directory> starts on it again
DATA=${REUSE:-$(mktemp -d)}
OTHERS=""
if [ -n "${KEEP:-}${REUSE:-}" ]; then
  trap 'kill ${APP:-} ${OTHERS:-} 2>/dev/null || true; wait ${APP:-} 2>/dev/null || true; echo "kept in $DATA"' EXIT
else
  trap 'kill ${APP:-} ${OTHERS:-} 2>/dev/null || true; wait ${APP:-} 2>/dev/null || true; rm -rf "$DATA"' EXIT
fi

build() {
  [ -n "${SKIP_BUILD:-}" ] || ./mvnw -q "$@" -DskipTests package
}

start_app() {
  local dir=$1 log=$2
  shift 2
  : > "$log"
  java ${APP_JAVA_OPTS:--Xmx512m} -jar "${JAR:-target/oneteam-0.1.0-SNAPSHOT.jar}" --spring.profiles.active=demo \
    --server.port="$PORT" --oneteam.embedded-postgres.data-dir="$dir" \
    --oneteam.record.checkpoint.key-file="$(dirname "$dir")/record/checkpoint.key" \
    --oneteam.record.checkpoint.log-file="$(dirname "$dir")/record/checkpoints.log" "$@" >> "$log" 2>&1 &
  APP=$!
  until grep -qs "OneTeam is ready" "$log"; do sleep 0.2; kill -0 $APP 2>/dev/null || { tail -40 "$log"; exit 1; }; done
  # the demo data goes on loading in the background after ready: the benches measure it complete
  if grep -qs "loading in the background" "$log"; then
    until grep -qs "Demo data loaded in the background" "$log"; do
      sleep 0.2
      kill -0 $APP 2>/dev/null && ! grep -qs "could not be loaded in the background" "$log" || { tail -40 "$log"; exit 1; }
    done
  fi
}

ready() {
  grep -o "OneTeam is ready in [0-9]* ms" "$1"
  grep -o "Demo data loaded in the background in [0-9]* ms" "$1" || true
}

machine() {
  echo "$(nproc) CPU cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
}

start_demo() {
  start_app "$DATA/postgres" "$DATA/app.log" "$@"
  ready "$DATA/app.log"
  machine
}

use_database() {
  export PGHOST=localhost PGUSER=postgres
  # the embedded server asks for the password it generated (docs/adr/0008-embedded-database-durability.md)
  PGPASSWORD=$(cat "$2/oneteam-postgres.secret")
  PGPORT=$(grep -o "Embedded PostgreSQL started on port [0-9]*" "$1" | grep -o "[0-9]*$")
  export PGPASSWORD PGPORT
  DB=$(psql -Atc "select datname from pg_database where datname not in ('postgres', 'template0', 'template1') limit 1" -d postgres)
}

SQL() { psql -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

VALUE() { SQL -Atc "$1"; }

need_psql() {
  if ! command -v pgbench >/dev/null || ! command -v psql >/dev/null; then
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    # Debian 12 ships pgbench in the server package (postgresql-15), psql in the client it depends on
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
}

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

start_another() {
  local port=$1 log=$2
  shift 2
  : > "$log"
  java ${APP_JAVA_OPTS:--Xmx512m} -jar "${JAR:-target/oneteam-0.1.0-SNAPSHOT.jar}" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER" \
    --spring.datasource.password="$PGPASSWORD" \
    --oneteam.record.checkpoint.key-file="$DATA/record/checkpoint.key" \
    --oneteam.record.checkpoint.log-file="$DATA/record/checkpoints.log" "$@" >> "$log" 2>&1 &
  ANOTHER=$!
  OTHERS="$OTHERS $ANOTHER"
  until grep -qs "OneTeam is ready" "$log"; do sleep 0.2; kill -0 $ANOTHER 2>/dev/null || { tail -40 "$log"; exit 1; }; done
}

# the secondary indexes of TABLE named like PATTERN: dropped (their definitions kept in $DATA/TABLE.indexes)
drop_indexes() {
  SQL -Atc "select indexdef || ';' from pg_indexes where tablename = '$1' and indexname like '$2'
    and indexname not in (select conname from pg_constraint)" > "$DATA/$1.indexes"
  SQL -Atc "select 'drop index ' || indexname || ';' from pg_indexes where tablename = '$1' and indexname like '$2'
    and indexname not in (select conname from pg_constraint)" | SQL
}

# the file psql runs in two sessions at once, each half of the rows (-v part=0|1 -v parts=2), with the variables given
in_two_parts() {
  local file=$1 first
  shift
  SQL "$@" -v part=0 -v parts=2 -f "$file" &
  first=$!
  SQL "$@" -v part=1 -v parts=2 -f "$file"
  wait $first
}

generate_province() {
  local cases=$1 events=$2 people=$3 years=$4 subjects=${5:-0} start cases_ms events_ms first
  echo "--- generating province $PROVINCE ($(VALUE "select name from division where code = '$PROVINCE'")):" \
    "$(VALUE "select count(*) from division where code like '$PROVINCE%' and length(code) = 6") counties," \
    "$(VALUE "select count(*) from division where code like '$PROVINCE%' and length(code) = 9") townships;" \
    "$cases cases, $events events, $people people of $((YEAR - years + 1))..$YEAR, $subjects subjects"
  start=$(date +%s%N)
  SQL -v province="$PROVINCE" -v cases="$cases" -v people="$people" -v year="$YEAR" -v years="$years" -f bench/province.sql
  cases_ms=$(ms "$start")
  start=$(date +%s%N)
  drop_indexes intake_event 'intake_event_%_idx'
  in_two_parts bench/province-events.sql -v events="$events" -v year="$YEAR" -v years="$years"
  events_ms=$(ms "$start")
  start=$(date +%s%N)
  drop_indexes market_subject 'market_subject_%'
  in_two_parts bench/province-subjects.sql -v subjects="$subjects" -v province="$PROVINCE"
  # the indexes again, two sessions at once (a GIN index is built by one process)
  sed -n '1~2p' "$DATA/intake_event.indexes" "$DATA/market_subject.indexes" > "$DATA/indexes.0"
  sed -n '2~2p' "$DATA/intake_event.indexes" "$DATA/market_subject.indexes" > "$DATA/indexes.1"
  SQL -c "set maintenance_work_mem = '1GB'" -f "$DATA/indexes.0" &
  first=$!
  SQL -c "set maintenance_work_mem = '1GB'" -f "$DATA/indexes.1"
  wait $first
  SQL -c "vacuum analyze penalty_case" -c "vacuum analyze case_clock" -c "vacuum analyze intake_event" \
    -c "vacuum analyze person" -c "vacuum analyze market_subject"
  echo "generated in $(( cases_ms + events_ms + $(ms "$start") )) ms (bodies, people and cases $cases_ms ms, events" \
    "$events_ms ms, subjects and the indexes $(ms "$start") ms):" \
    "$(VALUE "select count(*) from organization where code like 'BENCH-%'") bodies," \
    "$(VALUE "select count(*) from person") people, $(VALUE "select count(*) from penalty_case") cases," \
    "$(VALUE "select count(*) from case_clock") clocks, $(VALUE "select count(*) from intake_event") events," \
    "$(VALUE "select count(*) from market_subject") subjects"
}

province_accounts() {
  TAG=$(date +%s%N)
  COUNTY=$(VALUE "select left(place_code, 6) from penalty_case where place_code like '$PROVINCE%' group by 1 order by count(*) desc limit 1")
  SQL -c "insert into account (username, display_name, password_hash, organization_id, created_at)
    select 'bench.' || r, '压测' || r, (select password_hash from account where username = 'admin'), o.id, now()
    from (values ('leader', 'GOV'), ('dispatcher', 'GOV'), ('supervisor', 'JUD')) v (r, o)
    join organization o on o.code = 'BENCH-$PROVINCE-' || v.o
    union all select 'bench.head', '压测局长', (select password_hash from account where username = 'admin'), id, now()
    from organization where code = 'BENCH-$COUNTY' on conflict do nothing" \
    -c "insert into account_role (account_id, role) select id, case username when 'bench.leader' then 'LEADER'
    when 'bench.dispatcher' then 'DISPATCHER' when 'bench.supervisor' then 'SUPERVISOR' else 'BUREAU_HEAD' end
    from account where username like 'bench.%' on conflict do nothing" \
    -c "insert into api_token (account_id, name, token_hash, created_at, expires_at, scope)
    select id, 'bench', encode(sha256(convert_to('ot_bench_' || username || '_$TAG', 'UTF8')), 'hex'), now(),
    now() + interval '1 day', 'READ' from account where username like 'bench.%'"
  token() { echo "ot_bench_bench.$1_$TAG"; }
}
