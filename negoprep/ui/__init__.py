"""The desktop app: PySide6 widgets and Qt models over the store. Only this package imports Qt."""
