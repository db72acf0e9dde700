"""Results going back: to police tasks, to officers, to residents, and the revisit (回访)."""
