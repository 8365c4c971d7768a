"""Qt item models over the session's tables."""
