"""PySide6 user interface. Only this package (and the composition roots) may import PySide6."""
