from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "zertteushi-dev"  # noqa: S105 (development only, stated in the README)


class Command(BaseCommand):
    help = "Create the development administrator (admin / zertteushi-dev); refused unless DEBUG is on."

    def handle(self, **options):
        if not settings.DEBUG:
            raise CommandError("The development administrator is only for DEBUG settings.")
        User = get_user_model()
        if User.objects.filter(username=USERNAME).exists():
            self.stdout.write(f"Admin user '{USERNAME}' exists.")
            return
        User.objects.create_superuser(USERNAME, "admin@example.org", PASSWORD)
        self.stdout.write(self.style.SUCCESS(f"Created admin user '{USERNAME}' with password '{PASSWORD}'."))
