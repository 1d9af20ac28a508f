"""Errors an operator can act on: each message names the problem in one line."""


class SendopsError(Exception):
    """Bad input or a forbidden action; the message is shown to the operator as it is."""


class CalendarError(SendopsError):
    """A date outside the supported range, a non-working day where one is required, bad input."""


class TimelineError(SendopsError):
    """A timeline asked for with missing or inconsistent anchors."""
