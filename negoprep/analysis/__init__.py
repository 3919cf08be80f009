"""What packages are worth: scoring and offers of equal value."""
