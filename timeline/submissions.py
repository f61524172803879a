"""Add forms sent more than once (a double click on Save): each add page carries a one-time token, and the
first form sent with it claims it here; the object it saved is noted against the token, so a second sending
finds the object instead of adding it again (timeline.admin_safety.SavedOnce)."""

import datetime

from django.db import models
from django.utils import timezone

# A token outlives any double click or resent form by far; older claims are cleared as new ones come.
KEPT_FOR = datetime.timedelta(days=1)


class AddFormClaim(models.Model):
    token = models.CharField(max_length=64, unique=True)
    object_id = models.CharField(max_length=64, blank=True)
    claimed_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        app_label = "timeline"

    def __str__(self):
        return self.token


def claim(token: str) -> AddFormClaim:
    """The token's claim, made now if it is the first sending. Called in a transaction: a second sending at the
    same moment waits on the first's claim (its unique token) until the first has saved and committed."""
    AddFormClaim.objects.filter(claimed_at__lt=timezone.now() - KEPT_FOR).delete()
    claimed, _ = AddFormClaim.objects.get_or_create(token=token)
    return claimed


def note_saved(token: str, pk) -> None:
    AddFormClaim.objects.filter(token=token).update(object_id=str(pk))
