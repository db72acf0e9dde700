#!/usr/bin/env bash
# Upgrade one machine to the release installed in /opt/hub, after `hub db upgrade` has run once
# (from any machine). Run machine by machine; see docs/deployment.md, "Upgrades".
#   sudo deploy/hub-upgrade.sh [drain-command] [undrain-command]
# The optional commands take this machine out of the load balancer and put it back.
set -euo pipefail
HUB=/opt/hub/.venv/bin/hub
set -a; . /etc/hub/hub.env; set +a
ready_url="http://${HUB_HOST:-127.0.0.1}:${HUB_PORT:-8080}/readyz"

if [ -n "${1:-}" ]; then eval "$1"; sleep 10; fi          # drain, let open requests finish
# the release's NLU model, trained here once (only when missing or stale), not by every worker
sudo -u hub --preserve-env "$HUB" classify </dev/null >/dev/null
systemctl restart hub
for _ in $(seq 120); do                                      # up to 2 minutes for the model to load
  if curl -fsS "$ready_url" >/dev/null; then
    echo "ready"; if [ -n "${2:-}" ]; then eval "$2"; fi; exit 0
  fi
  sleep 1
done
echo "not ready after 2 minutes:" >&2
curl -sS "$ready_url" >&2 || true
exit 1
