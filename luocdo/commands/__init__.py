"""One module per `luocdo` subcommand. Each defines SUMMARY, DESCRIPTION, `register(parser)`
and `run(args) -> int`; luocdo.cli discovers them from COMMANDS, so adding a command touches
only its own module and this list."""

import sys
from typing import Callable, Optional, TypeVar

T = TypeVar("T")

COMMANDS = ("extract", "build", "check", "query", "show", "tasks", "search", "push", "export", "viz")

# Exit codes that scripts can rely on.
EXIT_OK = 0  # everything read and done
EXIT_FAILURE = 1  # the command could not do its job
EXIT_USAGE = 2  # wrong arguments or options
EXIT_PARTIAL = 3  # done, but some documents were skipped (listed on stderr)
EXIT_CONFLICTS = 4  # `luocdo check`: the graph holds conflicting facts (listed)



def read_store(command: str, work: Callable[[], T]) -> tuple[Optional[T], int]:
    """(work(), EXIT_OK), or (None, code) with the one-line reason on stderr: a target that is
    unknown or ambiguous is the caller's input (EXIT_USAGE), a missing or damaged store a failure."""
    from luocdo.graph.store import StoreError
    from luocdo.queries import TargetError

    try:
        return work(), EXIT_OK
    except (TargetError, StoreError) as exc:
        print(f"luocdo {command}: {exc}", file=sys.stderr)
        return None, EXIT_USAGE if isinstance(exc, TargetError) else EXIT_FAILURE
