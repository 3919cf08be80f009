"""Red lines: the kinds of rule (a registry) and the check of packages against them."""
