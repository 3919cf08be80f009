"""Qt models over the store's records."""
