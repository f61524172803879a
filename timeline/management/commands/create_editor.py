"""Create or update an editor: a staff account in the Editors group, never a superuser."""

import getpass
import os
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from timeline.management.localised import LocalisedCommand

EDITORS_GROUP = "Editors"
EDITORS_IN_CHIEF_GROUP = "Editors-in-chief"
PASSWORD_ATTEMPTS = 3


class Command(LocalisedCommand):
    help = (
        "Create an editor account (staff, in the Editors group, not a superuser) or update an existing one. "
        "Asks for the password unless --password-from-env or --noinput is given."
    )
    requires_migrations_checks = True
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", help="The editor's email address; an existing account keeps its own if omitted.")
        parser.add_argument(
            "--password-from-env",
            metavar="VAR",
            help="Take the password from the environment variable VAR instead of asking for it.",
        )
        parser.add_argument(
            "--in-chief",
            action="store_true",
            help=f"Also put the editor in the {EDITORS_IN_CHIEF_GROUP} group, who may unlock locked-out log-ins.",
        )
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Ask nothing. Without --password-from-env a new account gets no usable password "
            "and an existing one keeps its password.",
        )

    def handle(self, *args, **options):
        self.stdin = options.get("stdin") or sys.stdin
        user_model = get_user_model()
        username = clean_field(user_model, user_model.USERNAME_FIELD, options["username"])
        groups = [editors_group(EDITORS_GROUP)]
        if options["in_chief"]:
            groups.append(editors_group(EDITORS_IN_CHIEF_GROUP))
        user = user_model._default_manager.filter(**{user_model.USERNAME_FIELD: username}).first()
        if user is not None and user.is_superuser:
            raise CommandError(
                _("“%(username)s” is a superuser; an editor account must not be one. Nothing was changed.")
                % {"username": username}
            )
        creating = user is None
        if user is None:
            user = user_model(**{user_model.USERNAME_FIELD: username})
        if options["email"] is not None:
            user.email = clean_email(options["email"])
        password = self.get_password(user, options["password_from_env"], options["interactive"])

        with transaction.atomic():
            save_editor(user, groups, password)

        names = _(" and ").join(group.name for group in groups)
        if creating:
            done = ngettext(
                "Created editor “%(username)s”, in the %(names)s group.",
                "Created editor “%(username)s”, in the %(names)s groups.",
                len(groups),
            )
        else:
            done = ngettext(
                "Updated editor “%(username)s”, in the %(names)s group.",
                "Updated editor “%(username)s”, in the %(names)s groups.",
                len(groups),
            )
        self.stdout.write(self.style.SUCCESS(done % {"username": username, "names": names}))
        if not user.has_usable_password():
            self.stdout.write(
                _("It has no password yet: set one with `python manage.py changepassword %(username)s`.")
                % {"username": username}
            )

    def get_password(self, user, variable, interactive):
        if variable:
            return password_from_environment(user, variable)
        if interactive:
            return self.prompt_for_password(user)
        return None

    def prompt_for_password(self, user):
        stdin = self.stdin
        if not (stdin is not None and hasattr(stdin, "isatty") and stdin.isatty()):
            raise CommandError(
                _(
                    "Cannot ask for a password: not running in a terminal. "
                    "Use --password-from-env VAR, or --noinput to create the account without a password."
                )
            )
        for _attempt in range(PASSWORD_ATTEMPTS):
            password = getpass.getpass(_("Password: "))
            if password != getpass.getpass(_("Password (again): ")):
                self.stderr.write(_("The two passwords differ. Try again."))
                continue
            problems = password_problems(password, user)
            if not problems:
                return password
            self.stderr.write("\n".join(problems))
        raise CommandError(
            _("No acceptable password after %(attempts)d attempts. Nothing was changed.")
            % {"attempts": PASSWORD_ATTEMPTS}
        )


def clean_field(model, field_name, value):
    try:
        return model._meta.get_field(field_name).clean(value, None)
    except ValidationError as error:
        raise CommandError(
            _("%(field)s “%(value)s”: %(problems)s")
            % {"field": field_name, "value": value, "problems": " ".join(error.messages)}
        ) from error


def clean_email(email):
    try:
        validate_email(email)
    except ValidationError as error:
        raise CommandError(
            _("Email “%(email)s”: %(problems)s") % {"email": email, "problems": " ".join(error.messages)}
        ) from error
    return email


def editors_group(name):
    try:
        return Group.objects.get(name=name)
    except Group.DoesNotExist:
        raise CommandError(
            _("The %(name)s group does not exist; run `python manage.py migrate` first.") % {"name": name}
        ) from None


def password_from_environment(user, variable):
    password = os.environ.get(variable, "")
    if not password:
        raise CommandError(
            _("The environment variable %(variable)s is not set or is empty. Nothing was changed.")
            % {"variable": variable}
        )
    problems = password_problems(password, user)
    if problems:
        raise CommandError(
            _("The password in %(variable)s is not acceptable: %(problems)s Nothing was changed.")
            % {"variable": variable, "problems": " ".join(problems)}
        )
    return password


def password_problems(password, user):
    if not password:
        return [_("The password cannot be empty.")]
    try:
        validate_password(password, user)
    except ValidationError as error:
        return error.messages
    return []


def save_editor(user, groups, password):
    user.is_staff = True
    user.is_superuser = False
    if password:
        user.set_password(password)
    elif user.pk is None:
        user.set_unusable_password()
    user.save()
    user.groups.add(*groups)
