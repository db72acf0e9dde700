"""Turns Chinese text into meaning: category, intent, entities, place.

Knows nothing of the database.
"""
