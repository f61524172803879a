"""Editors-in-chief: a group, on top of Editors, whose members may unlock locked-out log-ins."""

from importlib import import_module

from django.db import migrations

EDITORS_IN_CHIEF = "Editors-in-chief"
CHIEF_CODENAMES = ["view_lockedoutlogin", "delete_lockedoutlogin"]


def chief_permissions(apps, using):
    import_module("timeline.migrations.0002_editors_group").create_timeline_permissions(apps, using)
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.using(using).filter(content_type__app_label="timeline", codename__in=CHIEF_CODENAMES)


def create_group(apps, schema_editor):
    using = schema_editor.connection.alias
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.using(using).get_or_create(name=EDITORS_IN_CHIEF)
    group.permissions.set(chief_permissions(apps, using))


def delete_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name=EDITORS_IN_CHIEF).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0009_locked_out_log_ins"),
    ]

    operations = [
        migrations.RunPython(create_group, delete_group),
    ]
