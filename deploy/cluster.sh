# Sourced by run.sh when RK_CLUSTER_MEMBERS or RK_CLUSTER_PORT is set: checks the cluster's settings and
# turns them into Payara Micro's data-grid options (the array cluster_options), or stops with what to set.
# Why each check: docs/operations.md, "Running two or more instances".

refuse() {
  echo "$*" >&2
  exit 1
}

if [[ -z "${RK_CLUSTER_MEMBERS:-}" || -z "${RK_CLUSTER_PORT:-}" ]]; then
  refuse "A cluster needs both RK_CLUSTER_MEMBERS (every instance's data-grid address, e.g. 10.0.0.1:5900,10.0.0.2:5900)" \
    "and RK_CLUSTER_PORT (this instance's data-grid port, e.g. 5900). Unset both to run one instance."
fi
case "${RK_DB_URL:-}" in
  "" | jdbc:h2:*)
    refuse "A cluster's instances share one database, and H2 cannot be shared. Set RK_DB_URL to a MariaDB or MySQL" \
      "database (jdbc:mysql://host:3306/ruangkonseling) with RK_DB_USER and RK_DB_PASSWORD on every instance," \
      "or unset RK_CLUSTER_MEMBERS and RK_CLUSTER_PORT to run one instance on H2." ;;
esac
[[ "$RK_CLUSTER_PORT" =~ ^[0-9]+$ ]] || refuse "RK_CLUSTER_PORT must be one port number, not '$RK_CLUSTER_PORT'."

IFS=, read -ra cluster_members <<< "$RK_CLUSTER_MEMBERS"
cluster_hosts_here=()   # hosts of the members that name this instance's port
for member in "${cluster_members[@]}"; do
  # Payara's tcpip mode takes host:port only; a port range there crashes every instance at start.
  [[ "$member" =~ ^([^:,[:space:]]+):([0-9]+)$ ]] ||
    refuse "RK_CLUSTER_MEMBERS must be host:port entries separated by commas (no spaces, no port ranges), not '$member'."
  [[ "${BASH_REMATCH[2]}" == "$RK_CLUSTER_PORT" ]] && cluster_hosts_here+=("${BASH_REMATCH[1]}")
done

# The data grid binds to, and announces, one address that the other instances reach.
ipv4_of() {
  getent ahostsv4 "$1" | awk 'NR == 1 { print $1 }'
}
cluster_address=${RK_CLUSTER_ADDRESS:-}
if [[ -z "$cluster_address" ]]; then
  if (( ${#cluster_hosts_here[@]} > 1 )); then
    # Several instances use this port on different machines: this one is on an address of this machine.
    local_addresses=" $(ip -o -4 addr show 2>/dev/null | awk '{ sub("/.*", "", $4); print $4 }' | tr '\n' ' ') "
    mine=()
    for host in "${cluster_hosts_here[@]}"; do
      [[ "$local_addresses" == *" $(ipv4_of "$host") "* ]] && mine+=("$host")
    done
    cluster_hosts_here=("${mine[@]}")
  fi
  (( ${#cluster_hosts_here[@]} == 1 )) ||
    refuse "Cannot tell which member of RK_CLUSTER_MEMBERS ($RK_CLUSTER_MEMBERS) is this instance: set RK_CLUSTER_ADDRESS" \
      "to the address the other instances reach this one at (its member's host)."
  cluster_address=${cluster_hosts_here[0]}
fi
cluster_ip=$(ipv4_of "$cluster_address")
[[ -n "$cluster_ip" ]] || refuse "RK_CLUSTER_ADDRESS '$cluster_address' is not an address this machine can resolve."

# This instance's place in RK_CLUSTER_MEMBERS names it: its session ids end with .rk1, .rk2 … (the servlet
# container's jvmRoute), which the proxy reads to send each person back to the instance that holds their
# session (deploy/nginx/ruang-konseling.conf).
cluster_route=""
for i in "${!cluster_members[@]}"; do
  member=${cluster_members[$i]}
  if [[ "${member##*:}" == "$RK_CLUSTER_PORT" && "$(ipv4_of "${member%:*}")" == "$cluster_ip" ]]; then
    cluster_route="rk$((i + 1))"
  fi
done
[[ -n "$cluster_route" ]] ||
  refuse "RK_CLUSTER_MEMBERS ($RK_CLUSTER_MEMBERS) must list this instance too: $cluster_address:$RK_CLUSTER_PORT."
java_options+=("-DjvmRoute=$cluster_route")

# --nohostaware: the grid keeps each entry's backup on another instance even when two run on one machine
# (Payara's default keeps none there, and an instance's kill -9 would lose what it held).
cluster_options=(--clustermode "tcpip:$RK_CLUSTER_MEMBERS" --startport "$RK_CLUSTER_PORT"
  --interfaces "$cluster_ip" --hzpublicaddress "$cluster_ip" --nohostaware)
# Payara Micro 7's data grid has no password of its own: the password becomes part of the cluster's name,
# so an instance without it (or with another) forms a cluster of its own. Only a hash of it is shown by ps.
if [[ -n "${RK_CLUSTER_PASSWORD:-}" ]]; then
  cluster_options+=(--clustername "${RK_CLUSTER_NAME:-ruang-konseling}-$(printf '%s' "$RK_CLUSTER_PASSWORD" | sha256sum | cut -c1-32)")
elif [[ -n "${RK_CLUSTER_NAME:-}" ]]; then
  cluster_options+=(--clustername "$RK_CLUSTER_NAME")
fi
