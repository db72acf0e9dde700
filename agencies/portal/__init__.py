"""The departments' and the hub operators' web portal under /portal (server-rendered)."""
