"""What the user loaded and chose, and the one path from there to an analysis or a report. No Qt: the
window (ui) and the headless commands (cli) both run on it."""
