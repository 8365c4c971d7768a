"""Fetch campaign results straight from Mailchimp or Meta, or refresh the ECB exchange rates.

    python main.py fetch mailchimp --since 2026-09-01 --until 2026-09-30 [--json] [--workspace W]
    python main.py fetch meta --account act_123 --since ... --until ... [--json] [--workspace W]
    python main.py fetch rates

The API key (Mailchimp) or access token (Meta) comes from standard input with --key-stdin (then saved
in the keyring when there is one), else from the environment variable CHANNELCOMPARE_MAILCHIMP_KEY /
CHANNELCOMPARE_META_TOKEN, else from the system keyring. Prefer --key-stdin or the keyring: an
environment variable is inherited by every child process and readable in /proc/<pid>/environ. The key
is never printed, logged or written to a file, and core dumps are off once it is read. With --json the same per-source object as `import --json` is printed.
With --workspace the fetched records land in the workspace like an import: fetching the same period
again replaces the earlier rows, never doubles them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from channelcompare.currency import default_cache
from channelcompare.errors import ChannelCompareError
from channelcompare.sources import ImportResult
from channelcompare.workspace import OVERLAP_CHOICES, Workspace
from channelcompare.workspace.files import records_hash
from cli.import_cmd import outcome_json, summary_lines
from importers.api.ecb import download_rates
from importers.api.mailchimp import fetch_reports
from importers.api.meta import fetch_insights
from importers.api.secrets import SecretStore, forbid_core_dumps
from importers.load import FileOutcome

ENVIRONMENT = {"mailchimp": "CHANNELCOMPARE_MAILCHIMP_KEY", "meta": "CHANNELCOMPARE_META_TOKEN"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", choices=["mailchimp", "meta", "rates"], help="what to fetch")
    parser.add_argument("--since", type=date.fromisoformat, help="first day (YYYY-MM-DD)")
    parser.add_argument("--until", type=date.fromisoformat, help="last day (YYYY-MM-DD)")
    parser.add_argument("--account", help="Meta ad account id (act_123 or 123)")
    parser.add_argument(
        "--base-url", help="API address override (tests, self-hosted proxies); https, or http on loopback"
    )
    parser.add_argument(
        "--key-stdin",
        action="store_true",
        help="read the API key or token from standard input (unlike the environment variable, this keeps "
        "it out of the environment that child processes inherit)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the per-source JSON object of `import --json`"
    )
    parser.add_argument(
        "--workspace", type=Path, metavar="PATH", help="add the fetched records to this workspace"
    )
    parser.add_argument("--overlap", choices=OVERLAP_CHOICES, default="replace", help="see `import --help`")


def run(args: argparse.Namespace) -> int:
    try:
        if args.source == "rates":
            table = download_rates(
                default_cache(),
                url=args.base_url or "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip",
            )
            print(f"Exchange rates updated: {table.describe()}.")
            return 0
        result = _fetch(args)
        if args.workspace is not None:
            _add_to_workspace(args, result)
    except ChannelCompareError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return 1
    outcome = FileOutcome(Path(result.path), result, None)
    print(json.dumps(outcome_json(outcome), indent=2) if args.json else "\n".join(summary_lines([outcome])))
    return 0


def _fetch(args: argparse.Namespace) -> ImportResult:
    if args.since is None or args.until is None or args.since > args.until:
        raise ChannelCompareError(
            "Give the period with --since and --until (YYYY-MM-DD), the first day first."
        )
    secret = _secret(args.source, args.key_stdin)
    if args.source == "mailchimp":
        return fetch_reports(secret, args.since, args.until, base_url=args.base_url)
    if not args.account:
        raise ChannelCompareError("Give the Meta ad account with --account (for example act_1234567890).")
    return fetch_insights(secret, args.account, args.since, args.until, base_url=args.base_url)


def _secret(source: str, from_stdin: bool) -> str:
    forbid_core_dumps()  # before the key is read: a crash from here on must not write it into a core file
    store = SecretStore()
    if from_stdin:
        secret = sys.stdin.readline().strip()
        if secret and not store.set(source, secret):
            print(
                "note: no system keyring; the key is used for this run only and not saved.", file=sys.stderr
            )
        if secret:
            return secret
    secret = os.environ.get(ENVIRONMENT[source]) or store.get(source)
    if not secret:
        raise ChannelCompareError(
            f"No {source} key: set {ENVIRONMENT[source]}, or pass it on standard input with --key-stdin."
        )
    return secret


def _add_to_workspace(args: argparse.Namespace, result: ImportResult) -> None:
    # A fetch has no file: its records are fingerprinted, so an identical re-fetch is recognised.
    with Workspace.open(args.workspace) as workspace:
        added = workspace.add_import(result, records_hash(result), overlap=args.overlap)
    print(added.message, file=sys.stderr)
