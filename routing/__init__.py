"""Turns meaning into a decision: department, unit, co-handlers, or triage, with the reason."""
