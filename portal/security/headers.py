"""A Content-Security-Policy on every response (Django 5.2 has none built in).

The public site gets a strict policy: scripts and styles only from this origin,
no inline script, no plugins, no framing by other sites. The Wagtail and
Django admins rely on inline scripts and styles, so paths under
``CONTENT_SECURITY_POLICY_ADMIN_PATHS`` get ``CONTENT_SECURITY_POLICY_ADMIN``,
which allows them; those pages are only reachable after logging in.
"""

from django.conf import settings


def render_policy(policy: dict[str, list[str]]) -> str:
    return "; ".join(f"{directive} {' '.join(sources)}".strip() for directive, sources in policy.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path.startswith(tuple(settings.CONTENT_SECURITY_POLICY_ADMIN_PATHS))
            policy = settings.CONTENT_SECURITY_POLICY_ADMIN if admin else settings.CONTENT_SECURITY_POLICY
            response["Content-Security-Policy"] = render_policy(policy)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
        return response
