"""Read a YAML file into a typed model, with errors that name the file and the key."""
from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pydantic
import yaml

from .errors import ConfigError, from_validation

M = TypeVar("M", bound=pydantic.BaseModel)


def load_model(path: Path, model: type[M], what: str) -> M:
    """`what` names the document in errors ("a pack", "the config")."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(path, [f"cannot read: {e.strerror}"]) from e
    except yaml.YAMLError as e:
        raise ConfigError(path, [f"not valid YAML: {e}"]) from e
    if not isinstance(raw, dict):
        raise ConfigError(path, [f"(top level): {what} must be a mapping"])
    try:
        return model.model_validate(raw)
    except pydantic.ValidationError as e:
        raise from_validation(path, e) from e
