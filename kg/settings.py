"""Settings of a build: which model, which data files, how to run."""
from __future__ import annotations

from dataclasses import dataclass, field

#: Default French pipeline, chosen on the seeds' scores (see README, "Extraction quality").
DEFAULT_MODEL = "fr_core_news_md"
MODELS = ("fr_core_news_md", "fr_core_news_sm")


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    lexicon: str | None = None          # path to a lexicon.jsonl; None = the shipped one
    curation: tuple[str, ...] = ()      # extra curation files applied after the shipped one
    batch_size: int = 32                # nlp.pipe batch size
    jobs: int = 1                       # local worker processes for the map step
    executor: str = "local"             # local | dask
    scheduler: str | None = None        # dask scheduler address
    cache_dir: str | None = None        # None = OUT/.cache
    strict: bool = False                # bad input fails the build
    validate: bool = True               # SHACL validation of the output
    html: bool = True                   # write graph.html
    extra: dict = field(default_factory=dict)
