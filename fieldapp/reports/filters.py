"""The command-line options that narrow a report, shared by the laptop's ``fieldapp report`` and
HQ's ``fieldapp-hq report`` commands."""

from __future__ import annotations

import argparse

from fieldapp.domain.reference import shipped
from fieldapp.reports.summary import SummaryFilter, parse_day


def add_filters(p: argparse.ArgumentParser) -> None:
    """The options that narrow a report (shared by the laptop's and HQ's commands)."""
    p.add_argument("--municipality", metavar="CODE", help="only cases of this municipality")
    p.add_argument("--case-type", dest="case_type", metavar="TYPE",
                   help="only " + " or ".join(shipped().codes("case_type")) + " cases")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                   help="only households registered on or after this day")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD",
                   help="only households registered on or before this day")


def filter_of(args: argparse.Namespace) -> SummaryFilter:
    """The report filter the command line asked for (checked)."""
    return SummaryFilter(municipality=getattr(args, "municipality", None) or None,
                         date_from=parse_day(getattr(args, "date_from", None)),
                         date_to=parse_day(getattr(args, "date_to", None)),
                         case_type=getattr(args, "case_type", None) or None).check()


__all__ = ["add_filters", "filter_of"]
