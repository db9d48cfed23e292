"""The one place that builds real clients: database, vector store, embedder and engine."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from assistant.app import Coach
from assistant.engines.base import Engine, OfflineEngine
from assistant.engines.tokens import prepare_tiktoken_cache
from assistant.errors import ConfigError
from assistant.retrieval.vector_index import KNOWLEDGE_COLLECTION, VectorIndex
from assistant.settings import Settings, ensure_data_dir
from assistant.store.migrate import upgrade
from assistant.store.models import make_engine, make_sessionmaker


@dataclass
class App:
    """The wiring: the facade and the clients it was built from (tooling and tests reach these)."""

    settings: Settings
    coach: Coach
    index: VectorIndex
    sessions: sessionmaker[Session]
    engine: Engine


def chroma_client(settings: Settings) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        try:
            return chromadb.HttpClient(host=url.hostname or "localhost", port=url.port or 8000, ssl=url.scheme == "https", settings=chroma_settings)
        except Exception as exc:  # noqa: BLE001 - the client raises several types when the server is down
            raise ConfigError(f"Cannot reach the chroma server at {settings.chroma_url} ({exc}). Start it or unset COACH_CHROMA_URL.") from exc
    path = settings.data_dir / "chroma"
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def build_index(settings: Settings) -> VectorIndex:
    ensure_data_dir(settings)
    return VectorIndex(chroma_client(settings))


def build_engine(settings: Settings, index: VectorIndex | None, sessions: Any = None) -> Engine:
    from assistant.perception.classifier import shared_classifier
    from assistant.retrieval.embeddings import shared_embedder

    embed = shared_embedder().embed

    def retrieve(query: str, k: int):  # type: ignore[no-untyped-def]
        return index.query(KNOWLEDGE_COLLECTION, query, k=k) if index is not None else []

    offline = OfflineEngine(embed, shared_classifier, retrieve if index is not None else None)
    if settings.llm == "openai":
        from assistant.engines.llm import LLMEngine

        def registry_names() -> list[str]:
            """Every stakeholder and user name, for redaction before text leaves the machine."""
            if sessions is None:
                return []
            from sqlalchemy import select

            from assistant.store.models import Partner, User

            with sessions() as s:
                return [*s.scalars(select(Partner.name)), *s.scalars(select(User.display_name))]

        return LLMEngine(settings, offline, retrieve if index is not None else None, names=registry_names)
    return offline


def build_app(settings: Settings | None = None, today: dt.date | None = None) -> App:
    settings = settings or Settings()
    ensure_data_dir(settings)
    prepare_tiktoken_cache(settings.data_dir / "tiktoken")
    engine_db = make_engine(settings.resolved_database_url())
    try:
        upgrade(engine_db)
    except Exception as exc:  # noqa: BLE001 - any driver error means the database is unusable
        raise ConfigError(f"The database at {settings.resolved_database_url()} could not be opened or migrated: {exc}") from exc
    sessions = make_sessionmaker(engine_db)
    index = build_index(settings)
    engine = build_engine(settings, index, sessions)
    coach = Coach(settings, sessions, index, engine, today=today)
    return App(settings, coach, index, sessions, engine)
