"""The departments' side: catalogue, accounts and roles, access, the portal and its API."""
