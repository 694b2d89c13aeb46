"""Usage statistics by the COUNTER rules: item page views and PDF downloads per item per day.

- Robots and machines are not counted: the user agent is matched against the
  COUNTER robots list (the ``counter-robots`` package); an empty agent counts
  as a machine.
- A repeat of the same action on the same item by the same visitor within 30
  seconds is a double click and counts once.
- The visitor is recognised only by a hash of address and user agent salted
  with a random value for the day; salts of earlier days are deleted, so no IP
  address, cookie or linkable identifier is kept. Clicks older than a day are
  deleted too; only the daily totals remain.

Recording runs after the response has been sent (``record_after``), so the
reader never waits for it.
"""

import datetime
import hashlib
import logging
import secrets

import counter_robots
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from .models import DailySalt, UsageClick, UsageCount

logger = logging.getLogger(__name__)
DOUBLE_CLICK_SECONDS = 30
VIEW, DOWNLOAD = UsageCount.Action.VIEW, UsageCount.Action.DOWNLOAD
_salt_cache: dict = {}


def is_robot(user_agent: str) -> bool:
    agent = (user_agent or "").strip()
    return not agent or counter_robots.is_robot_or_machine(agent)


def daily_salt(day: datetime.date) -> str:
    if _salt_cache.get("day") == day:
        return _salt_cache["salt"]
    salt_row = DailySalt.objects.filter(day=day).first()
    if salt_row is None:
        DailySalt.objects.filter(day__lt=day).delete()
        UsageClick.objects.filter(at__lt=timezone.now() - datetime.timedelta(days=1)).delete()
        try:
            with transaction.atomic():
                salt_row = DailySalt.objects.create(day=day, salt=secrets.token_hex(32))
        except IntegrityError:
            salt_row = DailySalt.objects.get(day=day)
    _salt_cache.update(day=day, salt=salt_row.salt)
    return salt_row.salt


def client_address(request) -> str:
    from django.conf import settings

    header = getattr(settings, "RATE_LIMIT_CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def fingerprint(address: str, user_agent: str, day: datetime.date) -> str:
    data = f"{daily_salt(day)}|{address}|{user_agent}".encode()
    return hashlib.sha256(data).hexdigest()


def record(page_id: int, action: str, address: str, user_agent: str, now: datetime.datetime | None = None) -> bool:
    """Count one request for ``page_id`` unless it is a robot's or a double click; True when counted."""
    if is_robot(user_agent):
        return False
    now = now or timezone.now()
    day = timezone.localdate(now)
    mark = fingerprint(address, user_agent, day)
    with transaction.atomic():
        recent = UsageClick.objects.filter(
            fingerprint=mark,
            page_id=page_id,
            action=action,
            at__gt=now - datetime.timedelta(seconds=DOUBLE_CLICK_SECONDS),
        )
        if recent.exists():
            recent.update(at=now)  # a run of rapid clicks stays one click
            return False
        UsageClick.objects.create(fingerprint=mark, page_id=page_id, action=action, at=now)
        updated = UsageCount.objects.filter(page_id=page_id, day=day, action=action).update(count=F("count") + 1)
        if not updated:
            UsageCount.objects.create(page_id=page_id, day=day, action=action, count=1)
    return True


def record_request(request, page_id: int, action: str) -> bool:
    try:
        return record(page_id, action, client_address(request), request.META.get("HTTP_USER_AGENT", ""))
    except Exception:  # statistics must never break a page
        logger.exception("usage could not be recorded")
        return False


def record_after(request, response, page_id: int, action: str) -> None:
    """Record when the response is closed, i.e. after the server has sent it."""
    if response.status_code != 200:
        return
    response._resource_closers.append(lambda: record_request(request, page_id, action))


def counts_for(page_id: int) -> dict:
    rows = UsageCount.objects.filter(page_id=page_id).values("action").annotate(total=Sum("count"))
    found = {row["action"]: row["total"] for row in rows}
    return {"views": found.get(VIEW, 0), "downloads": found.get(DOWNLOAD, 0)}


def totals_by_page(since: datetime.date | None = None, until: datetime.date | None = None) -> dict[int, dict]:
    rows = UsageCount.objects.all()
    if since:
        rows = rows.filter(day__gte=since)
    if until:
        rows = rows.filter(day__lte=until)
    found: dict[int, dict] = {}
    for row in rows.values("page_id", "action").annotate(total=Sum("count")):
        entry = found.setdefault(row["page_id"], {"views": 0, "downloads": 0})
        entry["views" if row["action"] == VIEW else "downloads"] += row["total"]
    return found
