from django.core.management.base import BaseCommand

from timeline.backups import backup_path, write_backup


class Command(BaseCommand):
    help = "Write a dated, complete backup of the database (a gzipped Django fixture) and print its path."

    def add_arguments(self, parser):
        parser.add_argument("--directory", default="backups", help="where to write it (default: backups/)")

    def handle(self, *args, directory, **options):
        path = write_backup(backup_path(directory))
        self.stdout.write(f"Wrote {path}")
