"""Settings shared by every environment; dev, test and production refine them."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("ZERTTEUSHI_VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "portal.publications",
    "portal.taxonomy",
    "portal.people",
    "portal.pdfs",
    "portal.practices",
    "portal.methodologies",
    "portal.projects",
    "portal.savedsearches",
    "portal.analytics",
    "portal.home",
    "portal.research",
    "portal.scholarly",
    "portal.security",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "wagtail.locales",
    "wagtail.contrib.simple_translation",
]
# Development only: the demo site and the tools for a local node, benchmarks and evaluation.
# The dev and test settings add them; production does not.
DEVELOPMENT_APPS = ["portal.demo", "devtools"]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.security.headers.ContentSecurityPolicyMiddleware",
    "search.web.errors.JsonErrorsMiddleware",
    "portal.security.ratelimit.RateLimitMiddleware",
    "portal.security.concurrency.SearchConcurrencyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.security.locale.LocaleMiddleware",
    "portal.home.admin_language.AdminLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "search.web.availability.SearchOutageMiddleware",
    "portal.analytics.middleware.UsageMiddleware",
]

ROOT_URLCONF = "portal.urls"
# Endpoints outside the language tree: their 404s stay 404s (portal/security/locale.py).
UNPREFIXED_PATHS = ["/api/", "/oai/", "/feeds/", "/cite/", "/documents/", "/search/", "/sitemap.xml", "/robots.txt"]
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "db.sqlite3",
        # The web process and the index worker write concurrently: take the write lock when a
        # transaction begins and wait for it, instead of failing with "database is locked".
        "OPTIONS": {"transaction_mode": "EXCLUSIVE", "timeout": 20, "init_command": "PRAGMA journal_mode=WAL;"},
    }
}
# DATABASE_URL (PostgreSQL, e.g. postgres://user:password@host:5432/name) replaces the SQLite file:
# `make test`, `make serve` and production use it; `make run` stays on SQLite.
if os.environ.get("DATABASE_URL"):
    import dj_database_url

    DATABASES = {
        "default": dj_database_url.config(
            conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")), conn_health_checks=True
        )
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]
TIME_ZONE = "Asia/Almaty"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
SENDFILE_ROOT = MEDIA_ROOT

WAGTAIL_SITE_NAME = "Zertteushi"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf"]
# Documents are always served by Wagtail's view, which checks that a visible page uses them
# (portal/security/documents.py): never "direct" or "redirect" links to the storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The view may hand the file to the web server: DOCUMENT_SENDFILE=nginx (X-Accel-Redirect to
# SENDFILE_URL, an internal location aliasing MEDIA_ROOT) or apache (X-Sendfile); empty streams it.
DOCUMENT_SENDFILE = os.environ.get("DOCUMENT_SENDFILE", "")
if DOCUMENT_SENDFILE:
    SENDFILE_BACKEND = "portal.security.sendfile"
    SENDFILE_URL = os.environ.get("DOCUMENT_SENDFILE_URL", "/protected-media/")

# Scholarly interoperability: citation exports, OAI-PMH, feeds (portal/scholarly).
SCHOLARLY = {
    "REPOSITORY_NAME": "Zertteushi — research publications of the law-and-order academy",
    "PUBLISHER": os.environ.get("SCHOLARLY_PUBLISHER", "Law Enforcement Academy"),
    "ADMIN_EMAIL": os.environ.get("OAI_ADMIN_EMAIL", "repository@zertteushi.kz"),
    "OAI_REPOSITORY_ID": os.environ.get("OAI_REPOSITORY_ID", "zertteushi.kz"),
    "OAI_PAGE_SIZE": int(os.environ.get("OAI_PAGE_SIZE", "50")),
    "EXPORT_LIMIT": 500,
}

# Index updates run as tasks (search/tasks.py), stored in the database and
# applied by `manage.py search_worker` (make run starts one); tests run them
# immediately. SEARCH_WORKER tunes batching, retries and crash recovery.
TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
SEARCH_WORKER = {
    "BATCH_SIZE": int(os.environ.get("SEARCH_WORKER_BATCH_SIZE", "1000")),  # page ids per bulk request
    "RETRY_BASE": float(os.environ.get("SEARCH_WORKER_RETRY_BASE", "2")),  # seconds, doubled per attempt
    "RETRY_MAX": float(os.environ.get("SEARCH_WORKER_RETRY_MAX", "300")),
    "MAX_ATTEMPTS_ON_ERROR": 5,  # for failures that are not outages (outages are retried forever)
    # A worker renews its lease every LEASE/3 s; a running task whose worker's lease is LEASE s old goes back.
    "LEASE": float(os.environ.get("SEARCH_WORKER_LEASE", "15")),
    # How often each worker checks leases and, during an outage, whether the cluster answers again.
    "PROBE_INTERVAL": float(os.environ.get("SEARCH_WORKER_PROBE_INTERVAL", "2")),
    # On SIGTERM the running task may finish for this long; then it is handed back to the queue.
    "STOP_GRACE": float(os.environ.get("SEARCH_WORKER_STOP_GRACE", "20")),
}

# Elasticsearch: a cluster named by ELASTICSEARCH_URL, or else the local node
# that `manage.py search_node` manages under var/elasticsearch.
SEARCH_NODE = {
    "VERSION": os.environ.get("SEARCH_NODE_VERSION", "8.19.21"),
    "PORT": int(os.environ.get("SEARCH_NODE_PORT", "9200")),
    "HEAP": os.environ.get("ES_HEAP", "768m"),
    "CACHE_DIR": BASE_DIR / ".cache" / "elasticsearch",
    "HOME_DIR": VAR_DIR / "elasticsearch",
    "START_TIMEOUT": int(os.environ.get("SEARCH_NODE_START_TIMEOUT", "120")),
}
ELASTICSEARCH = {
    "URL": os.environ.get("ELASTICSEARCH_URL", ""),
    "API_KEY": os.environ.get("ELASTICSEARCH_API_KEY", ""),
    "CA_CERTS": os.environ.get("ELASTICSEARCH_CA_CERTS", ""),
    "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "zertteushi"),
    "TIMEOUT": float(os.environ.get("ELASTICSEARCH_TIMEOUT", "5")),
    "REPLICAS": int(os.environ.get("ELASTICSEARCH_REPLICAS", "0")),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "search": {"handlers": ["console"], "level": os.environ.get("SEARCH_LOG_LEVEL", "INFO")},
        # Server errors (500s with their tracebacks) reach the process's stderr, i.e. the server's log.
        "django": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "ERROR")},
    },
}

# Content languages and documents.
TEMPLATES[0]["OPTIONS"]["context_processors"].append("django.template.context_processors.i18n")
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILDOCS_DOCUMENT_MODEL = "pdfs.PdfDocument"
PDF_MAX_UPLOAD_SIZE = int(os.environ.get("PDF_MAX_UPLOAD_SIZE", str(20 * 1024 * 1024)))

# Security (portal/security). Production adds HTTPS-only cookies, HSTS and redirects.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],  # the admin previews pages in a frame of its own
}
# The Wagtail and Django admins use inline scripts and styles (and Wagtail's older choosers eval):
# they get a looser policy, behind login.
CONTENT_SECURITY_POLICY_ADMIN_PATHS = ["/admin/", "/django-admin/"]
CONTENT_SECURITY_POLICY_ADMIN = {
    **CONTENT_SECURITY_POLICY,
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
}

# Editors' avatars are not fetched from Gravatar: no third-party requests from the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Rate limits (portal/security/ratelimit.py); counts live in the cache. Every rule counts per client
# address; rules with an "account" also count per account (user name, e-mail or protected page), so a
# password cannot be guessed at speed from one address nor from many. Paths under a language prefix
# (Wagtail's front-end login and page passwords) are matched by "patterns".
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
RATE_LIMIT_CLIENT_IP_HEADER = os.environ.get("RATE_LIMIT_CLIENT_IP_HEADER", "")  # e.g. HTTP_X_FORWARDED_FOR
_LOGIN_LIMIT = int(os.environ.get("RATE_LIMIT_LOGIN_PER_15_MINUTES", "10"))
RATE_LIMITS = {
    "search": {
        "prefixes": ["/search/", "/kk/search/", "/ru/search/", "/en/search/", "/api/"],
        "limit": int(os.environ.get("RATE_LIMIT_SEARCH_PER_MINUTE", "60")),
        "window": 60,
        "message": "Too many searches from your address.",
    },
    "login": {
        "prefixes": ["/admin/login/", "/django-admin/login/"],
        "patterns": [r"^/[\w-]+/_util/login/"],
        "methods": ["POST"],
        "limit": _LOGIN_LIMIT,
        "window": 900,
        "account": "username",
        "account_limit": int(os.environ.get("RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_15_MINUTES", str(_LOGIN_LIMIT))),
        "message": "Too many sign-in attempts from your address.",
        "account_message": "Too many sign-in attempts for this account.",
    },
    "page-password": {
        "prefixes": ["/documents/authenticate_with_password/"],
        "patterns": [r"^/[\w-]+/_util/authenticate_with_password/"],
        "methods": ["POST"],
        "limit": int(os.environ.get("RATE_LIMIT_PAGE_PASSWORD_PER_15_MINUTES", "10")),
        "window": 900,
        "account": "path",  # the restriction and page are in the path
        "message": "Too many password attempts for this page.",
    },
    "password-reset": {
        "prefixes": ["/admin/password_reset/"],
        "methods": ["POST"],
        "limit": int(os.environ.get("RATE_LIMIT_PASSWORD_RESET_PER_HOUR", "5")),
        "window": 3600,
        "account": "email",
        "message": "Too many password-reset requests.",
    },
    "scholarly": {
        "prefixes": ["/oai/", "/feeds/", "/cite/", "/sitemap.xml"],
        "limit": int(os.environ.get("RATE_LIMIT_SCHOLARLY_PER_MINUTE", "120")),
        "window": 60,
        "message": "Too many requests from your address.",
    },
    "documents": {
        "prefixes": ["/documents/"],
        "limit": int(os.environ.get("RATE_LIMIT_DOCUMENTS_PER_MINUTE", "60")),
        "window": 60,
        "message": "Too many requests from your address.",
    },
}
# At most LIMIT searches (HTML, JSON search, suggest) run at once per process, across its threads;
# beyond that a 503 with Retry-After after waiting at most WAIT seconds (portal/security/concurrency.py).
# Per process: with N worker processes the cluster sees up to N x LIMIT searches at once. 0 disables it.
SEARCH_CONCURRENCY = {
    "LIMIT": int(os.environ.get("SEARCH_CONCURRENCY_LIMIT", "3")),
    "WAIT": float(os.environ.get("SEARCH_CONCURRENCY_WAIT", "0.2")),
    "RETRY_AFTER": int(os.environ.get("SEARCH_CONCURRENCY_RETRY_AFTER", "2")),
    "PATHS": ["/kk/search/", "/ru/search/", "/en/search/", "/api/search/", "/api/suggest/"],
}

# Upload sizes; documents are checked to be real PDFs by portal/pdfs/validation.py (PDF_MAX_UPLOAD_SIZE).
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# Saved searches (portal/savedsearches): readers sign in through Wagtail's front-end login
# (/<lang>/_util/login/) and get a weekly digest from `manage.py send_search_digests` (cron).
LOGIN_URL = "wagtailcore_login"
LOGIN_REDIRECT_URL = "saved-searches"
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "savedsearches/login.html"
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", WAGTAILADMIN_BASE_URL)  # links in e-mails
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Zertteushi <noreply@zertteushi.kz>")
# The thesaurus of the field (portal/thesaurus): concepts in kk/ru/en, SKOS import and export.
INSTALLED_APPS += ["portal.thesaurus"]
THESAURUS_BASE_URI = os.environ.get("THESAURUS_BASE_URI", "https://zertteushi.kz/thesaurus/")
