from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from timeline.backups import BackupError, backup_path, write_backup
from timeline.management.localised import LocalisedCommand


class Command(LocalisedCommand):
    help = (
        "Write a dated, complete backup of the database (gzip'd JSON Lines, readable by its owner only), "
        "verified by restoring it into a scratch database, and print its path."
    )

    def add_arguments(self, parser):
        parser.add_argument("--directory", default="backups", help="where to write it (default: backups/)")

    def handle(self, *args, directory, **options):
        try:
            path = write_backup(backup_path(directory))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(_("Wrote %(path)s (verified: it restores row for row)") % {"path": path})
