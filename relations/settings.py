"""Settings for the US–Russia relations timeline.

Everything that differs between a laptop and production comes from the
environment; with no variables set the development defaults apply.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from relations.languages import localized_verbose_name
from relations.security import parse_networks, secret_key_problems

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# Debug only when asked for: an unset DJANGO_DEBUG is production. `make run` and the tests ask for it.
DEBUG = env_bool("DJANGO_DEBUG", False)

DEVELOPMENT_SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", DEVELOPMENT_SECRET_KEY if DEBUG else "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")

if not DEBUG:
    if not SECRET_KEY:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set to a long random value when DJANGO_DEBUG is off "
            "(for development, set DJANGO_DEBUG=1 or use `make run`)."
        )
    if problems := secret_key_problems(SECRET_KEY):
        raise ImproperlyConfigured(
            f"DJANGO_SECRET_KEY is not fit for production: {'; '.join(problems)}. Make one with "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
        )
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must list the site's host names when DJANGO_DEBUG is off.")
    if any("*" in host for host in ALLOWED_HOSTS):
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS must name the site's hosts when DJANGO_DEBUG is off; “*” would let any "
            "Host header through (password-reset links and absolute URLs are built from it)."
        )

# The reverse proxies (nginx, a load balancer) in front of gunicorn, as addresses or networks.
# Only requests from these have their X-Forwarded-For believed, to find the client's address
# (which the log-in lock-out is keyed on). Empty: clients connect to gunicorn directly.
try:
    TRUSTED_PROXIES = parse_networks(env_list("DJANGO_TRUSTED_PROXIES"))
except ValueError as error:
    raise ImproperlyConfigured(f"DJANGO_TRUSTED_PROXIES: {error}.") from None

INSTALLED_APPS = [
    # Before the admin: it reads timeline/translation.py before the admin modules are loaded.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "csp",
    "simple_history",
    "axes",
    "timeline",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Answers cached views from the cache before the rest runs; stores what the rest wrote.
    "timeline.caching.ResponseCacheMiddleware",
    # Compresses what the middleware below it and the views wrote.
    "timeline.compression.CompressionMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the address: /ru/… is Russian, anything else English (relations/urls.py).
    "timeline.address_languages.PathLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # An admin form posted after the session ended is kept while the editor logs in again.
    "timeline.relogin.ReloginToSaveMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Admin log-in throttling (django-axes): after 5 failures for one username from one client
# address, that pair is locked out for an hour from the failure that locked it; attempts
# during the lock-out do not extend it. A stranger elsewhere locks only their own address
# out. The address comes from relations.security.client_address (DJANGO_TRUSTED_PROXIES);
# editors-in-chief unlock from the admin ("Locked-out log-ins").
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "relations.security.client_address"
AXES_USERNAME_CALLABLE = "relations.security.login_username"
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
# timeline.lockouts registers its own admin page for the lock-outs.
AXES_ENABLE_ADMIN = False

ROOT_URLCONF = "relations.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "timeline.address_languages.languages",
            ],
        },
    },
]

WSGI_APPLICATION = "relations.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers write to one file: readers never wait for writers (WAL), a
    # writer waits up to 20 s for another (busy timeout), and every transaction takes the
    # write lock when it begins (IMMEDIATE), so two saves queue instead of one failing
    # with "database is locked" when it tries to upgrade a read lock.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at the unprefixed addresses, Russian under /ru/ (i18n_patterns in relations/urls.py).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ru", "Русский")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# The languages of the content (events, eras, theaters, actors): a column each, on the same table
# (django-modeltranslation, registered in timeline/translation.py). A text missing in the reader's
# language is shown in the other one, marked as such (timeline/bilingual.py).
MODELTRANSLATION_LANGUAGES = ("en", "ru")
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en", "ru")}
# Slugs are made from the English title or name.
MODELTRANSLATION_PREPOPULATE_LANGUAGE = "en"
MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME = localized_verbose_name
# ISO dates in every input, site and admin, in both languages (relations/formats/).
FORMAT_MODULE_PATH = ["relations.formats"]

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
NODE_MODULES = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/htmx", NODE_MODULES / "htmx.org" / "dist"),
    # The chart's words and number separators in other languages (static/js/chart.js loads the page's).
    ("vendor/plotly-locales", NODE_MODULES / "plotly.js-locales"),
]
# The plotly.js package's files under vendor/plotly/, its bundle collected with V8's compile hint.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "relations.staticfinders.PlotlyFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# A pasted article may be 2 MB (timeline.assistant.forms.MAX_ARTICLE_BYTES); the rest of its form is small.
DATA_UPLOAD_MAX_MEMORY_SIZE = 3 * 1024 * 1024

LOGIN_URL = "admin:login"
# Where a log-in goes when its next= is missing or points off the site.
LOGIN_REDIRECT_URL = "admin:index"

# Only the embed views may be framed; they lift X-Frame-Options and set their own
# frame-ancestors from EMBED_ALLOWED_ORIGINS.
X_FRAME_OPTIONS = "DENY"
EMBED_ALLOWED_ORIGINS = env_list("EMBED_ALLOWED_ORIGINS", "*")
EMBED_CACHE_SECONDS = int(os.environ.get("EMBED_CACHE_SECONDS", "300"))

# plotly.js adds an empty <style> element and fills it through the CSSOM, which
# CSP does not govern; the hash of the empty string allows exactly that element
# and no inline style text. (Hover text must not use <b> or <i>: plotly.js
# turns them into style attributes, which stay blocked.)
EMPTY_INLINE_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"

# Scripts and styles from this site only, and no inline script anywhere. Images may also be
# blob: addresses: plotly.js draws the chart's PNG download from its SVG through one.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, EMPTY_INLINE_STYLE_HASH],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_HTTPONLY = True

if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# Rendered pages, partials, embeds, oEmbed answers and downloads are cached (timeline.caching):
# in each process's memory by default, in Redis, shared by every process, when REDIS_URL is set.
# A Redis that stops answering costs the cache, not the site: its errors are logged and pages rendered uncached
# (IGNORE_EXCEPTIONS), after at most the timeouts below per cache operation.
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_CONNECT_TIMEOUT_SECONDS", "0.5")),
            "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT_SECONDS", "1")),
        },
    }
    if os.environ.get("REDIS_URL")
    else {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "relations",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("LOCMEM_CACHE_ENTRIES", "500"))},
    }
}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
# How long a rendered response is kept (any public change makes a new key at once),
# the largest body kept (a larger download is streamed, not kept), and how long
# concurrent requests for a key being rendered wait for it (for a streamed download,
# which goes at its reader's pace, a shorter while before rendering their own).
RESPONSE_CACHE_SECONDS = int(os.environ.get("RESPONSE_CACHE_SECONDS", str(60 * 60)))
RESPONSE_CACHE_MAX_BYTES = int(os.environ.get("RESPONSE_CACHE_MAX_BYTES", str(8 * 1024 * 1024)))
# The most events one download (CSV, JSON, TimelineJS) may hold: at 100,000 the slowest, the CSV on PostgreSQL,
# took 28 of gunicorn's 30-second worker timeout with three at once on a loaded 2-core machine, and the work is
# linear in the events (README, Performance); more get a 400 asking to narrow the filters, rather than a file
# cut off when the worker is killed.
DOWNLOAD_MAX_EVENTS = int(os.environ.get("DOWNLOAD_MAX_EVENTS", "50000"))
# Each process also keeps the answers it served last as objects, up to this many bytes of bodies.
RESPONSE_CACHE_LOCAL_BYTES = int(os.environ.get("RESPONSE_CACHE_LOCAL_BYTES", str(16 * 1024 * 1024)))
RESPONSE_CACHE_LOCK_SECONDS = 30
RESPONSE_CACHE_STREAM_WAIT_SECONDS = 5

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# The relations index: how quickly an event's weight fades, in days.
RELATIONS_INDEX_HALF_LIFE_DAYS = int(os.environ.get("RELATIONS_INDEX_HALF_LIFE_DAYS", "30"))
# Phases: runs of days on which the index is below −T (tension) or above +T (détente).
# The default, 5, is a sharp expulsion (−5) on the day, or sanctions (−8) about three weeks on.
RELATIONS_PHASE_THRESHOLD = float(os.environ.get("RELATIONS_PHASE_THRESHOLD", "5"))
