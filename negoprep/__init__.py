"""negoprep: prepare a negotiation offline — agenda, positions, red lines, packages, paper."""

__version__ = "0.1.0"
