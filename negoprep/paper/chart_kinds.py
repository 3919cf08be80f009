"""The kinds of chart negoprep draws, by name: what the command line offers and checks, known
without loading the charts themselves (negoprep.paper.charts draws them)."""

KINDS = ("priority-matrix", "readiness", "packages", "figures", "status", "offers", "frontier", "sensitivity")
