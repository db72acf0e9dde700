"""Who hears about what: the messages a case's events cause, rendered from config/templates/."""
