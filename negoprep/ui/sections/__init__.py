"""The sections of the main window, one per kind of record, and their parts."""
