"""Settings: one default file in the package, overridden by a user file and ``-s key=value``."""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).parent / "default_config.toml"


@dataclass
class Config:
    values: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path | None = None, overrides: list[str] | None = None) -> Config:
        values = tomllib.loads(DEFAULT.read_text(encoding="utf-8"))
        if path:
            _merge(values, tomllib.loads(Path(path).read_text(encoding="utf-8")))
        for item in overrides or []:
            key, _, raw = item.partition("=")
            section, _, name = key.strip().partition(".")
            if not name or section not in values or name not in values[section]:
                raise ValueError(f"unknown setting {key!r}; known: {', '.join(_keys(values))}")
            values[section][name] = _parse(raw.strip(), values[section][name])
        return cls(values)

    def get(self, key: str) -> Any:
        section, _, name = key.partition(".")
        return self.values[section][name]

    def set(self, key: str, value: Any) -> None:
        section, _, name = key.partition(".")
        self.values[section][name] = value

    def copy(self) -> Config:
        return Config(copy.deepcopy(self.values))


def _merge(base: dict, extra: dict) -> None:
    for section, items in extra.items():
        if section not in base or not isinstance(items, dict):
            raise ValueError(f"unknown config section {section!r}")
        for name, value in items.items():
            if name not in base[section]:
                raise ValueError(f"unknown setting {section}.{name}")
            base[section][name] = value


def _keys(values: dict) -> list[str]:
    return [f"{s}.{n}" for s, items in values.items() for n in items]


def _parse(raw: str, current: Any) -> Any:
    if isinstance(current, bool):
        return raw.lower() in ("1", "true", "yes", "on")
    if isinstance(current, int):
        return int(raw)
    if isinstance(current, float):
        return float(raw)
    if isinstance(current, list):
        return [x.strip() for x in raw.split(",") if x.strip()]
    return raw
