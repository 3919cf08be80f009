"""The file formats: the dossier JSON format and its schema, encrypted shared files, checklist templates."""
