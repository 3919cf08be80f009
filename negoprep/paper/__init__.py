"""What goes on paper: checklists, the briefing book, charts."""
