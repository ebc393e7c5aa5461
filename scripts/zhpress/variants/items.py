"""What the variant review lists: a word with ambiguous characters, its outputs and where it occurs."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Example:
    article: str  # slug
    line: int  # 1-based line of the source
    context: str  # the source around the word, "…" where cut

    def __str__(self) -> str:
        return f"{self.article}:{self.line} {self.context}"


@dataclass
class ReviewItem:
    """One word and the outputs it gets, with every place it occurs."""

    word: str
    chars: dict[str, list[str]]  # ambiguous characters in the word → candidates
    outputs: dict[str, str]  # locale → converted word
    count: int = 0
    examples: list[Example] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. a variant converted word by word
    override: bool = False  # the word is an override phrase of data/overrides.yaml
    context: str | None = None  # a one-character word with the characters around it: 向前[干]，

    @property
    def word_key(self) -> str:
        """`台→臺/台`: the word and its outputs, whatever the context."""
        return f"{self.word}→{'/'.join(self.outputs.values())}"

    @property
    def key(self) -> str:
        """`干部→幹部/幹部`; for a one-character word its context too: `台→臺/台@报、[台]、网`."""
        return f"{self.word_key}@{self.context}" if self.context else self.word_key

    def describe(self) -> str:
        """`干部 → zh-Hant 幹部 · zh-HK 幹部`; a one-character word in its context: `就[干]了 → …`"""
        return f"{self.context or self.word} → " + " · ".join(f"{locale} {out}" for locale, out in self.outputs.items())

    @classmethod
    def from_dict(cls, data: dict) -> ReviewItem:
        """The item `as_dict` wrote (its derived `key` is ignored)."""
        return cls(
            word=data["word"],
            chars={c: list(v) for c, v in data["chars"].items()},
            outputs=dict(data["outputs"]),
            count=int(data["count"]),
            examples=[Example(**e) for e in data["examples"]],
            notes=list(data.get("notes", [])),
            override=bool(data.get("override", False)),
            context=data.get("context"),
        )

    def as_dict(self) -> dict:
        data = {
            "key": self.key,
            "word": self.word,
            "outputs": dict(self.outputs),
            "count": self.count,
            "chars": {c: list(v) for c, v in self.chars.items()},
            "examples": [{"article": e.article, "line": e.line, "context": e.context} for e in self.examples],
        }
        if self.context:
            data["context"] = self.context
        if self.override:
            data["override"] = True
        if self.notes:
            data["notes"] = list(self.notes)
        return data
