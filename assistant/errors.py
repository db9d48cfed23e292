"""A small exception hierarchy whose messages a user can act on."""


class CoachError(Exception):
    """Base class: the message is shown to the user as is."""


class ConfigError(CoachError):
    """Settings, data directory or installed files are not usable."""


class ModelFileError(ConfigError):
    """The embedding model file is missing or corrupt."""


class InputError(CoachError):
    """Input from the user (a question, a file, a note) cannot be used."""


class NotFoundError(CoachError):
    """A record the user asked for does not exist (or is not theirs)."""


class AuthError(CoachError):
    """Login failed, the session expired, or the user may not do this."""


class PermissionDenied(AuthError):
    """The user is logged in but may not read or change this record."""


class EngineError(CoachError):
    """The generative engine failed (endpoint down, invalid output...)."""
