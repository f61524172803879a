from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from timeline.backups import BackupError, restore_backup, rows_in_the_way
from timeline.management.localised import LocalisedCommand


class Command(LocalisedCommand):
    help = (
        "Load a backup written by `manage.py backup` into a database that holds nothing but what "
        "`migrate` put there (it refuses any other), replacing the seeded rows with the backup's."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file, **options):
        if not file.is_file():
            raise CommandError(_("No backup file at %(file)s.") % {"file": file})
        occupied = rows_in_the_way()
        if occupied:
            raise CommandError(
                _(
                    "The database is not empty (%(tables)s hold rows that `migrate` did not create); "
                    "restore into a freshly migrated database so nothing is overwritten."
                )
                % {"tables": ", ".join(occupied)}
            )
        try:
            restore_backup(file)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(_("Restored %(file)s") % {"file": file})
