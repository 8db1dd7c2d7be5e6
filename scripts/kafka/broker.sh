#!/usr/bin/env bash
# Single-node (or N-node) Apache Kafka KRaft cluster on loopback, for tests and benchmarks.
#
#   scripts/kafka/broker.sh fetch            resolve the broker jars from Maven Central (cached)
#   scripts/kafka/broker.sh start [N]        format storage and start N brokers (default 1)
#   scripts/kafka/broker.sh stop             stop them and delete their data
#   scripts/kafka/broker.sh bootstrap        print the bootstrap servers of the running cluster
#
# Environment: WIREFEED_KAFKA_CACHE (jar cache, default ~/.cache/wirefeed/kafka),
# WIREFEED_KAFKA_DIR (runtime dir, default /tmp/wirefeed-kafka), WIREFEED_KAFKA_BASE_PORT (19092).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")
cache=${WIREFEED_KAFKA_CACHE:-$HOME/.cache/wirefeed/kafka}/$version
run_dir=${WIREFEED_KAFKA_DIR:-/tmp/wirefeed-kafka}
base_port=${WIREFEED_KAFKA_BASE_PORT:-19092}

fetch() {
  if [ -f "$cache/.complete" ] && [ "$cache/.complete" -nt "$here/pom.xml" ]; then return 0; fi
  echo "kafka: resolving org.apache.kafka:kafka_2.13:$version with mvn into $cache" >&2
  rm -rf "$cache" && mkdir -p "$cache/libs"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$cache/libs" >&2
  touch "$cache/.complete"
}

# java_cmd LOG_DIR MAIN_CLASS [ARGS...]
java_cmd() {
  local log_dir=$1; shift
  exec_java=(java -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true
    -Dlog4j2.configurationFile="$here/log4j2.properties" -Dkafka.logs.dir="$log_dir"
    -cp "$cache/libs/*" "$@")
}

bootstrap() {
  local n=${1:-$(cat "$run_dir/nodes" 2>/dev/null || echo 1)} list=""
  for ((i = 0; i < n; i++)); do list+="${list:+,}127.0.0.1:$((base_port + 2 * i))"; done
  echo "$list"
}

start() {
  local n=${1:-1}
  fetch
  stop_quiet
  mkdir -p "$run_dir"
  echo "$n" >"$run_dir/nodes"
  local voters="" cluster_id
  for ((i = 0; i < n; i++)); do voters+="${voters:+,}$((i + 1))@127.0.0.1:$((base_port + 2 * i + 1))"; done
  java_cmd "$run_dir" kafka.tools.StorageTool random-uuid
  cluster_id=$("${exec_java[@]}" | tail -n1)
  local rf=$((n >= 3 ? 3 : 1)) min_isr=$((n >= 3 ? 2 : 1))
  for ((i = 0; i < n; i++)); do
    local id=$((i + 1)) port=$((base_port + 2 * i)) dir="$run_dir/node$((i + 1))"
    mkdir -p "$dir"
    cat >"$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=$id
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$((port + 1))
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/data
num.partitions=3
default.replication.factor=$rf
min.insync.replicas=$min_isr
offsets.topic.replication.factor=$rf
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=$rf
transaction.state.log.min.isr=$min_isr
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
log.segment.bytes=67108864
log.retention.check.interval.ms=60000
share.coordinator.state.topic.replication.factor=$rf
share.coordinator.state.topic.min.isr=$min_isr
PROPS
    java_cmd "$dir" kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties"
    "${exec_java[@]}" >"$dir/format.log" 2>&1
    java_cmd "$dir" kafka.Kafka "$dir/server.properties"
    nohup "${exec_java[@]}" </dev/null >"$dir/stdout.log" 2>&1 &
    echo $! >"$dir/pid"
  done
  wait_ready "$n"
  bootstrap "$n"
}

wait_ready() {
  local n=$1
  for ((t = 0; t < 120; t++)); do
    local up=0
    for ((i = 0; i < n; i++)); do
      if grep -q "Kafka Server started\|KafkaRaftServer.*started\|Transitioning from RECOVERY to RUNNING" \
        "$run_dir/node$((i + 1))/server.log" 2>/dev/null; then up=$((up + 1)); fi
    done
    if [ "$up" -eq "$n" ]; then return 0; fi
    for ((i = 0; i < n; i++)); do
      kill -0 "$(cat "$run_dir/node$((i + 1))/pid")" 2>/dev/null || { t=999; break; }
    done
    sleep 1
  done
  echo "kafka: brokers did not start within 120 s; see $run_dir/node*/server.log" >&2
  tail -n 30 "$run_dir"/node*/stdout.log "$run_dir"/node*/server.log >&2 || true
  return 1
}

stop_quiet() {
  for pidfile in "$run_dir"/node*/pid; do
    [ -f "$pidfile" ] || continue
    local pid; pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for ((t = 0; t < 30; t++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$run_dir"
}

# Stops (SIGKILL) or restarts a single node, for fault-injection tests.
kill_node() { local pid; pid=$(cat "$run_dir/node$1/pid"); kill -9 "$pid" 2>/dev/null || true; }
restart_node() {
  local dir="$run_dir/node$1"
  java_cmd "$dir" kafka.Kafka "$dir/server.properties"
  nohup "${exec_java[@]}" </dev/null >>"$dir/stdout.log" 2>&1 &
  echo $! >"$dir/pid"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start "${2:-1}" ;;
  stop) stop_quiet ;;
  bootstrap) bootstrap ;;
  kill-node) kill_node "$2" ;;
  restart-node) restart_node "$2" ;;
  *) sed -n '2,11p' "$0"; exit 2 ;;
esac
