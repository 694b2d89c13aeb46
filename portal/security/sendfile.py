"""Hand the bytes of a document to the web server, after Django has decided that it may be served.

Wagtail serves documents through its own view (``WAGTAILDOCS_SERVE_METHOD =
"serve_view"``), which runs the page-visibility check in
``portal.security.documents``; by default it then streams the file from Python.
With ``SENDFILE_BACKEND = "portal.security.sendfile"`` (production:
``DOCUMENT_SENDFILE=nginx`` or ``apache``) the view answers with an empty body
and a header naming the file, and the web server sends it:

- nginx: ``X-Accel-Redirect: <SENDFILE_URL><path under SENDFILE_ROOT>``; the
  location for ``SENDFILE_URL`` must be ``internal`` and alias ``MEDIA_ROOT``;
- Apache (mod_xsendfile) or lighttpd: ``X-Sendfile: <absolute path>``.

Wagtail's ``sendfile`` adds Content-Type, Content-Disposition and
Content-Length around it. The documents folder must never be served directly.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse


def sendfile(request, filename, **kwargs):
    response = HttpResponse()
    if settings.DOCUMENT_SENDFILE == "nginx":
        relative = Path(filename).resolve().relative_to(Path(settings.SENDFILE_ROOT).resolve())
        response["X-Accel-Redirect"] = quote(settings.SENDFILE_URL.rstrip("/") + "/" + relative.as_posix())
    else:
        response["X-Sendfile"] = str(Path(filename).resolve())
    return response
