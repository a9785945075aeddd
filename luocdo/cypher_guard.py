"""Refuse Cypher that does more than read, before the database sees it.

Opening LadybugDB read-only is not enough: `CHECKPOINT` left the store unusable for every later
query, `COPY (...) TO 'x.csv'` wrote a file outside it, `LOAD FROM '/etc/passwd'` read one and
`INSTALL httpfs` went to the network. So user Cypher (`luocdo query`, `kg.query`, named queries)
passes `check_read_only` first:

- one statement (a trailing `;` at most) that starts with a reading clause;
- no word anywhere, at any depth, that begins a writing, loading, copying, installing,
  attaching, transaction or schema clause (luocdo/data/cypher_guard.json lists them, each with
  its reason); a property (`n.copy`), a label or relationship type (`:SET`), a parameter
  (`$load`), a string, a backquoted name or a comment is not such a word;
- `CALL` only of the read-only functions listed there (`CALL show_tables() RETURN *`).

The words are found by a tokenizer that follows LadybugDB's lexer for what hides text: string
literals with backslash escapes, backquoted names with doubled backquotes, `//` comments to the
end of the line and `/* */` comments. Where the two could disagree, this one sees more text as
code (a comment ends at a CR as well as an LF), so a disagreement refuses rather than lets through.

    >>> check_read_only("MATCH (n:Instrument) WHERE n.title CONTAINS 'COPY' RETURN n.id")
    >>> check_read_only("COPY (MATCH (n) RETURN n.id) TO 'x.csv'")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    luocdo.cypher_guard.RefusedQuery: refused: COPY writes files (COPY TO) and tables (COPY FROM); ...
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>//[^\r\n]*|/\*.*?\*/)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<name>(?:`[^`]*`)+)
  | (?P<word>\w+)
  | (?P<other>.)
""", re.S | re.X)
_UNTERMINATED = {"'": "a string", '"': "a string", "`": "a backquoted name", "/*": "a comment"}
_NOT_A_CLAUSE_AFTER = {".", ":", "$"}  # property, label or relationship type, parameter


class RefusedQuery(ValueError):
    """Cypher that would write, load, copy, install, attach or run several statements."""


class Token(NamedTuple):
    kind: str  # word, name (backquoted), string, other (punctuation)
    text: str


@lru_cache(maxsize=None)
def rules() -> dict:
    """The bundled cypher_guard.json (never a user's copy: a guard the environment loosens is none)."""
    return json.loads(resources.files("luocdo.data").joinpath("cypher_guard.json").read_text(encoding="utf-8"))


def tokens(cypher: str) -> list[Token]:
    """The tokens the parser sees, without spaces and comments; RefusedQuery for an unterminated
    string, name or comment (the tokenizer would otherwise read what follows as code)."""
    found = []
    for match in _TOKEN.finditer(cypher):
        kind, text = match.lastgroup, match.group()
        if kind == "other":
            opening = next((o for o in _UNTERMINATED if cypher.startswith(o, match.start())), None)
            if opening:
                raise refusal(f"{_UNTERMINATED[opening]} is not closed")
        if kind not in ("space", "comment"):
            found.append(Token(kind, text))
    return found


def allowed() -> str:
    """What a query may use, as the refusal and `luocdo query --help` say it."""
    return ", ".join(rules()["allowed"] + [f"CALL {', '.join(f + '()' for f in rules()['functions'])}"]
                     + [f"{p} before a query" for p in rules()["prefixes"]])


def refusal(reason: str) -> RefusedQuery:
    return RefusedQuery(f"refused: {reason}; queries only read (allowed: {allowed()}; a name that is one "
                        f"of the refused words must be `backquoted`)")


def _keyword(tokens_: list[Token], at: int) -> str:
    """The clause keyword that tokens_[at] is, upper case, or "" for a name, value or symbol."""
    token = tokens_[at]
    if token.kind != "word" or not token.text.isascii():
        return ""
    if at and tokens_[at - 1].text in _NOT_A_CLAUSE_AFTER:
        return ""
    return token.text.upper()


def _check_call(tokens_: list[Token], at: int) -> None:
    """`CALL f(` with f a listed read-only function; `CALL threads=1` would set an option."""
    name = tokens_[at + 1] if at + 1 < len(tokens_) else Token("other", "")
    opens = at + 2 < len(tokens_) and tokens_[at + 2].text == "("
    if name.kind != "word" or name.text.lower() not in rules()["functions"] or not opens:
        shown = f"CALL {name.text}" if name.text else "CALL"
        raise refusal(f"{shown} is not one of the read-only functions")


@lru_cache(maxsize=256)
def check_read_only(cypher: str) -> None:
    """Return if `cypher` only reads; raise RefusedQuery saying what it would do otherwise.
    A query that passed is remembered (a refusal is an exception, never cached): the named
    queries run the same Cypher again and again, and tokenising it was a sixth of their time."""
    found = tokens(cypher)
    if found and found[-1].text == ";":
        found.pop()
    if not found:
        raise refusal("the query is empty")
    for at in range(len(found)):
        word = _keyword(found, at)
        if word in rules()["refused"]:
            raise refusal(f"{word} {rules()['refused'][word]}")
        if word == "CALL":
            _check_call(found, at)
    if any(t.text == ";" for t in found):
        raise refusal("`;` starts a second statement")
    first = 1 if _keyword(found, 0) in rules()["prefixes"] and len(found) > 1 else 0
    if _keyword(found, first) not in rules()["starts"]:
        raise refusal(f"{found[first].text} does not start a query")
