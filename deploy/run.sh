#!/usr/bin/env bash
# Builds the WAR and runs Ruang Konseling on Payara Micro at http://localhost:${RK_PORT:-8080}/.
#
# Run it from the folder that should hold the data: with nothing set, the embedded H2 file database
# lives in ./data/ (created on first start, kept across restarts). Set RK_DB_URL, RK_DB_USER and
# RK_DB_PASSWORD to run on MariaDB 10.11 (tested) or MySQL 8 (same driver, not tested) instead; no
# rebuild is needed. Every setting: docs/operations.md.
# The heap is bounded: RK_HEAP=512m by default; RK_HEAP=1g (for example) gives it more.
# RK_SKIP_BUILD=1 runs the WAR already in target/ without building it again (the tests do this).
# RK_CLUSTER_MEMBERS and RK_CLUSTER_PORT make it one instance of a cluster (deploy/cluster.sh).
# Options after the script's name go to Payara Micro as they are, e.g. --sslport 8443 to answer HTTPS
# itself with its own self-signed certificate (production terminates TLS in nginx: deploy/nginx/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

if [[ -z "${JAVA_HOME:-}" ]]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
java_major=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if (( ${java_major:-0} < 21 )); then
  echo "Ruang Konseling needs JDK 21 or newer; $JAVA_HOME is Java ${java_major:-unknown}." >&2
  echo "Point JAVA_HOME at a JDK 21+ and run again, for example: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 $0" >&2
  exit 1
fi
export JAVA_HOME

# One instance unless told its cluster: checked before the build, so that a wrong setting fails at once.
cluster_options=(--nocluster)
java_options=()
if [[ -n "${RK_CLUSTER_MEMBERS:-}${RK_CLUSTER_PORT:-}" ]]; then
  source "$root/deploy/cluster.sh"
fi

if [[ "${RK_SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B -q -f "$root/pom.xml" -DskipTests package
fi

# The data source's class follows the database the URL names (see ApplicationDataSource).
case "${RK_DB_URL:-}" in
  "") ;;
  jdbc:mariadb:*) export RK_DB_URL="jdbc:mysql:${RK_DB_URL#jdbc:mariadb:}"   # Connector/J speaks to MariaDB too
                  export RK_DB_DRIVER="${RK_DB_DRIVER:-com.mysql.cj.jdbc.MysqlDataSource}" ;;
  jdbc:mysql:*)   export RK_DB_DRIVER="${RK_DB_DRIVER:-com.mysql.cj.jdbc.MysqlDataSource}" ;;
  jdbc:h2:*)      export RK_DB_DRIVER="${RK_DB_DRIVER:-org.h2.jdbcx.JdbcDataSource}" ;;
  *) if [[ -z "${RK_DB_DRIVER:-}" ]]; then
       echo "RK_DB_URL must start with jdbc:mysql:, jdbc:mariadb: or jdbc:h2: (or name its DataSource class in RK_DB_DRIVER)." >&2
       exit 1
     fi ;;
esac

# A fresh runtime folder each boot: a kept one would deploy the previous WAR beside this one.
runtime=data/payara-runtime
rm -rf "$runtime"
mkdir -p "$runtime"
exec "$JAVA_HOME/bin/java" -Xmx"${RK_HEAP:-512m}" -Duser.timezone=UTC "${java_options[@]}" \
  -jar "$root/target/payara-micro.jar" \
  --deploy "$root/target/ruang-konseling.war" --contextroot / \
  --port "${RK_PORT:-8080}" "${cluster_options[@]}" \
  --rootdir "$runtime" \
  --prebootcommandfile "$root/deploy/payara/pre-boot-commands.asadmin" \
  "$@"
