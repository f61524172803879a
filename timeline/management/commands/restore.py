from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from timeline.backups import restore_backup, rows_in_the_way


class Command(BaseCommand):
    help = "Load a backup written by `manage.py backup` into an empty, migrated database."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file, **options):
        if not file.is_file():
            raise CommandError(f"No backup file at {file}.")
        occupied = rows_in_the_way()
        if occupied:
            raise CommandError(
                f"The database is not empty ({', '.join(occupied)} already have rows); "
                "restore into a freshly migrated database so nothing is overwritten."
            )
        restore_backup(file)
        self.stdout.write(f"Restored {file}")
