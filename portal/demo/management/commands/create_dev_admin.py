from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from portal.home.editorial import AUTHORS, EDITORS, ensure_editorial_setup

USERNAME = "admin"
PASSWORD = "zertteushi-dev"  # noqa: S105 (development only, stated in the README)
# Members of the editorial groups, to try the review workflow: same development password.
EDITORIAL_USERS = {"author": AUTHORS, "editor": EDITORS}


class Command(BaseCommand):
    help = (
        "Create the development administrator (admin / zertteushi-dev) and an 'author' and an 'editor' with the "
        "same password; refused unless DEBUG is on."
    )

    def handle(self, **options):
        if not settings.DEBUG:
            raise CommandError("The development administrator is only for DEBUG settings.")
        User = get_user_model()
        if User.objects.filter(username=USERNAME).exists():
            self.stdout.write(f"Admin user '{USERNAME}' exists.")
        else:
            User.objects.create_superuser(USERNAME, "admin@example.org", PASSWORD)
            self.stdout.write(self.style.SUCCESS(f"Created admin user '{USERNAME}' with password '{PASSWORD}'."))
        ensure_editorial_setup()
        for username, group in EDITORIAL_USERS.items():
            user, created = User.objects.get_or_create(username=username, defaults={"email": f"{username}@example.org"})
            if created:
                user.set_password(PASSWORD)
                user.save()
                self.stdout.write(self.style.SUCCESS(f"Created '{username}' ({group}) with password '{PASSWORD}'."))
            user.groups.add(Group.objects.get(name=group))
