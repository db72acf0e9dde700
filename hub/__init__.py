"""The hub: cases, their lifecycle, deadlines, notifications, the app and the CLI."""
