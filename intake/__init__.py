"""Conversations and channels: chat API, WebSocket, chat page, Rasa actions, referrals, Open311."""
