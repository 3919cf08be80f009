"""The one declaration of every record type, and the rules its values follow."""
