"""What the README says of the limits' sliding-window estimate: it errs on the strict side, so
after a burst `Retry-After` can be longer than the period (up to twice it), never shorter than
what a true sliding window would give."""

from core.ratelimit import Limit, retry_after

HOUR = 3600


def test_after_a_burst_retry_after_can_exceed_the_period() -> None:
    window_start = 100 * HOUR
    # Two registrations at the start of a window of 2/3600; the third, ten seconds later, waits
    # until the previous window's weight has fallen to half, half-way into the next window.
    wait = retry_after(Limit(2, HOUR), counted=2, previous=0, now=window_start + 10)
    assert wait == HOUR + HOUR // 2 - 10


def test_a_limit_of_one_waits_up_to_twice_its_period() -> None:
    window_start = 100 * HOUR
    wait = retry_after(Limit(1, HOUR), counted=1, previous=0, now=window_start)
    assert wait == 2 * HOUR
