"""What the hub tells its operators: JSON logs with personal data masked, metrics and health."""
