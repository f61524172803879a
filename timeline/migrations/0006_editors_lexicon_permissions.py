"""Editors keep the assistant's lexicon and may review and undo candidate decisions."""

from django.db import migrations

EDITORS = "Editors"
ASSISTANT_CODENAMES = [
    "add_lexiconentry",
    "change_lexiconentry",
    "delete_lexiconentry",
    "view_lexiconentry",
    "view_candidatedecision",
    "delete_candidatedecision",
]


def assistant_permissions(apps, using):
    from importlib import import_module

    editors_group = import_module("timeline.migrations.0002_editors_group")
    editors_group.create_timeline_permissions(apps, using)
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.using(using).filter(content_type__app_label="timeline", codename__in=ASSISTANT_CODENAMES)


def grant(apps, schema_editor):
    using = schema_editor.connection.alias
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.using(using).get_or_create(name=EDITORS)
    group.permissions.add(*assistant_permissions(apps, using))


def revoke(apps, schema_editor):
    using = schema_editor.connection.alias
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.using(using).filter(name=EDITORS):
        group.permissions.remove(*assistant_permissions(apps, using))


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0005_seed_lexicon"),
    ]

    operations = [
        migrations.RunPython(grant, revoke),
    ]
