"""The case specs: one definition per kind of case, as data, each milestone citing its rule.

A new kind of case (a new framework) is a new definition here, with its templates and forms, not
new code paths. A module outside the package can define more (`[specs] modules` in sendops.toml:
its `TIMELINES`, a tuple, and `TEMPLATES`, their folder). Each Settings builds its own set
(`build_timelines`), and `sendops.config.get_timeline(kind)` is how everything else reads them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from sendops.errors import TimelineError
from sendops.specs.common import *  # noqa: F403  (the roles, actors and decisions every spec uses)
from sendops.specs.common import DRAFT_ROLES
from sendops.specs.framework_2016 import FULL_2016, REPORT, REVISIT
from sendops.specs.framework_2023 import (
    ENGAGEMENT_HELD,  # noqa: F401  (a decision, as those of common)
    Framework2023Policy,
    engagement_2023,
    full_2023,
    monitoring_2023,
)
from sendops.specs.wsoa import *  # noqa: F403  (the WSOA's events and policy)
from sendops.specs.wsoa import WsoaPolicy, wsoa_timeline
from sendops.timelines import Timeline


def _check(timelines: Mapping[str, Timeline]) -> None:
    """A restricted draft goes to the DCS and CCG/ICB chief executive(s) only (H§66, RV QA), and a
    follow-on case is of a known kind."""
    for timeline in timelines.values():
        for m in timeline.milestones:
            if m.restricted and not set(m.notify) <= set(DRAFT_ROLES):
                raise TimelineError(f"{timeline.kind}.{m.key} is restricted but notifies {m.notify}")
        opened = [m.opens for m in timeline.milestones if m.opens]
        opened += [kind for o in timeline.outcomes for kind in o.opens]
        for kind in opened:
            if kind not in timelines:
                raise TimelineError(f"{timeline.kind} opens an unknown kind of case {kind!r}")


def build_timelines(
    wsoa: WsoaPolicy | None = None,
    framework_2023: Framework2023Policy | None = None,
    extra: tuple[Timeline, ...] = (),
) -> Mapping[str, Timeline]:
    """Every kind of case, built from operations' policies (sendops.toml [wsoa] and
    [framework_2023]) with the kinds spec modules define (`extra`), checked, read-only: each
    Settings holds its own (sendops.config), and nothing changes one once built."""
    out: dict[str, Timeline] = {}
    built_in = (
        REVISIT,
        FULL_2016,
        REPORT,
        wsoa_timeline(wsoa or WsoaPolicy()),
        full_2023(framework_2023 or Framework2023Policy()),
        monitoring_2023(framework_2023 or Framework2023Policy()),
        engagement_2023(framework_2023 or Framework2023Policy()),
    )
    for timeline in (*built_in, *extra):
        known = out.get(timeline.kind)
        if known is not None and known != timeline:
            raise TimelineError(f"a kind of case {timeline.kind!r} is defined already")
        out[timeline.kind] = timeline
    _check(out)
    return MappingProxyType(out)


# The built-in kinds with the default policies (what the settings hold when sendops.toml changes
# none): for documentation and the tests. The running product reads the settings' timelines
# (sendops.config.get_timeline).
TIMELINES: Mapping[str, Timeline] = build_timelines()
# The built-in kinds that run as a case flow with an on-site visit (scheduled by operators);
# with those of spec modules, sendops.config.case_kinds().
CASE_KINDS = ("revisit", "full-2016", "full-2023", "monitoring-2023", "engagement-2023")
