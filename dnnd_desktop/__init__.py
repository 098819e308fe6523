"""dnnd_desktop: offline desktop app for MTTQ people's diplomacy and overseas-Vietnamese work."""

__version__ = "0.1.0"
