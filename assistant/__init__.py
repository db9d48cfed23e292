"""CIO value coach: the core library (no UI imports here)."""

__version__ = "0.1.0"
