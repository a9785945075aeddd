"""`luocdo`: a thin command line over the library, one subcommand per module in luocdo.commands."""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from luocdo import __version__
from luocdo.commands import COMMANDS, EXIT_FAILURE, EXIT_OK, EXIT_USAGE

EPILOG = """\
exit codes: 0 done · 1 failure · 2 usage error · 3 done, some documents skipped ·
            4 `check` found conflicting facts

An unexpected error is one line on stderr; `luocdo --debug COMMAND ...` shows its traceback.

examples:
  luocdo extract examples/001_2e663b31c79c2c39.txt --format json
  luocdo build examples --db out/db
  luocdo query --db out/db --name requires-implementation --param target="Đề án 06"
  luocdo show --db out/db "Đề án 06"
  luocdo viz --db out/db --out out/graph.html

Run `luocdo COMMAND --help` for each command's options and examples."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="luocdo",
        description="Turn Vietnamese legal and administrative documents into a knowledge graph "
        "of instruments (the lược đồ), store it, query it and draw it.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"luocdo {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="show the traceback of an unexpected error (for a bug report)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"luocdo.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"luocdo.commands.{name}":
                raise
            continue  # a command still being written is simply absent
        cmd = sub.add_parser(
            name, help=module.SUMMARY, description=module.DESCRIPTION,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.register(cmd)
        cmd.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("luocdo: interrupted", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # `luocdo ... | head`: the reader has gone, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except MemoryError:
        print(f"luocdo {args.command}: out of memory", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # noqa: BLE001 - the last guard: one line, never a traceback
        if args.debug:
            raise
        print(f"luocdo {args.command}: unexpected error: {type(exc).__name__}: {exc} "
              "(run with --debug for the traceback)", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
