"""Username and password rules: normalised usernames from a safe character set, a password policy."""

from __future__ import annotations

import re
import secrets
import unicodedata
from functools import lru_cache

from assistant.errors import InputError
from assistant.paths import DATA_PACKAGE_DIR

USERNAME_RE = re.compile(r"[a-z0-9._@-]{3,64}")
USERNAME_RULE = "Usernames are 3 to 64 characters from a-z, 0-9 and . _ @ - (an e-mail address works)."
MIN_PASSWORD = 12
MAX_PASSWORD = 256  # argon2 hashes anything; this only bounds the work one request can ask for
COMMON_PASSWORDS = DATA_PACKAGE_DIR / "common_passwords.txt"
_TRAILING_JUNK = re.compile(r"[\d\W_]+$")
_RUNS = ("0123456789" * 30, "abcdefghijklmnopqrstuvwxyz" * 10, "qwertyuiopasdfghjklzxcvbnm" * 10, "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p" * 8)


def normalise_username(raw: str) -> str:
    """NFKC, case-folded and trimmed; an InputError naming the first character outside the safe set."""
    name = unicodedata.normalize("NFKC", raw or "").casefold().strip()
    if USERNAME_RE.fullmatch(name):
        return name
    bad = next((ch for ch in name if not re.fullmatch(r"[a-z0-9._@-]", ch)), None)
    if bad is not None:
        label = unicodedata.name(bad, "a control character")
        raise InputError(f"The username contains {label} (U+{ord(bad):04X}), which is not allowed. {USERNAME_RULE}")
    raise InputError(f"The username must be 3 to 64 characters long. {USERNAME_RULE}")


def check_password(password: str, username: str) -> None:
    """Raise an InputError saying which rule a new password breaks."""
    if len(password) < MIN_PASSWORD:
        raise InputError(f"Passwords need at least {MIN_PASSWORD} characters; a few unrelated words make a good one.")
    if len(password) > MAX_PASSWORD:
        raise InputError(f"Passwords may have at most {MAX_PASSWORD} characters.")
    folded = unicodedata.normalize("NFKC", password).casefold()
    name = unicodedata.normalize("NFKC", username).casefold().strip()
    if name and name in folded:
        raise InputError("The password must not contain the username.")
    if is_common(folded):
        raise InputError("That password is in a list of commonly used passwords; choose another.")


def is_common(folded: str) -> bool:
    """In the shipped list as is, with trailing digits or symbols removed, as a keyboard or counting run,
    or as a repeated list entry or short unit."""
    if any(folded in run or folded in run[::-1] for run in _RUNS):
        return True
    common = common_passwords()
    base = _TRAILING_JUNK.sub("", folded)
    if folded in common or (len(base) >= 4 and base in common):
        return True
    for size in range(1, len(folded) // 2 + 1):
        unit = folded[:size]
        if len(folded) % size == 0 and unit * (len(folded) // size) == folded:
            return size <= 4 or unit in common
    return False


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    lines = COMMON_PASSWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def random_password() -> str:
    """A random password that meets the policy (about 144 bits)."""
    return secrets.token_urlsafe(18)
