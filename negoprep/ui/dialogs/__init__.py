"""The dialogs of the desktop app."""
