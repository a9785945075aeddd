"""One module per `luocdo` subcommand. Each defines SUMMARY, DESCRIPTION, `register(parser)`
and `run(args) -> int`; luocdo.cli discovers them from COMMANDS, so adding a command touches
only its own module and this list."""

COMMANDS = ("extract", "build", "check", "query", "show", "tasks", "search", "push", "export", "viz")

# Exit codes that scripts can rely on.
EXIT_OK = 0  # everything read and done
EXIT_FAILURE = 1  # the command could not do its job
EXIT_USAGE = 2  # wrong arguments or options
EXIT_PARTIAL = 3  # done, but some documents were skipped (listed on stderr)
EXIT_CONFLICTS = 4  # `luocdo check`: the graph holds conflicting facts (listed)
