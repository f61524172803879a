"""Saving after the session ended: the editor logs in again on the spot and the save goes through.

The admin sends a request without a logged-in editor to its log-in page, and a form posted
then (a session expired mid-edit, a log-out in another tab) would be lost with the redirect.
Here the posted form is kept in the log-in page instead; logging in posts it again, to the same
address, and the admin saves it as if the session had never ended. Uploaded files are not kept:
the page says so.
"""

from django.contrib.admin import site
from django.contrib.auth import login
from django.contrib.auth.forms import AuthenticationForm
from django.http import QueryDict
from django.template.response import TemplateResponse

USERNAME, PASSWORD = "_relogin_username", "_relogin_password"
# Left to the admin's redirect: the log-in and log-out themselves, and any form carrying a password (a password
# change, a new account, an account's password set by another editor): passwords are not written back into a page.
UNGUARDED_VIEWS = {"login", "logout"}


class ReloginToSaveMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_unauthenticated_admin_post(request):
            return None
        form = AuthenticationForm(request)
        if USERNAME in request.POST:
            form = AuthenticationForm(
                request, data={"username": request.POST.get(USERNAME), "password": request.POST.get(PASSWORD)}
            )
            if form.is_valid() and site.has_permission(with_user(request, form.get_user())):
                login(request, form.get_user())
                request.POST = without_credentials(request.POST)
                return None
        kept = without_credentials(request.POST)
        kept.pop("csrfmiddlewaretoken", None)
        context = {
            **site.each_context(request),
            "is_nav_sidebar_enabled": False,  # it would list nothing but a lack of permission
            "form": form,
            "kept": [(name, value) for name in kept for value in kept.getlist(name)],
            "files_lost": bool(request.FILES),
            "username_field": USERNAME,
            "password_field": PASSWORD,
        }
        return TemplateResponse(request, "admin/relogin_to_save.html", context, status=403)


def is_unauthenticated_admin_post(request) -> bool:
    match = request.resolver_match
    return (
        request.method == "POST"
        and match is not None
        and "admin" in match.namespaces
        and match.url_name not in UNGUARDED_VIEWS
        and not carries_a_password(request.POST)
        and not site.has_permission(request)
    )


def carries_a_password(posted: QueryDict) -> bool:
    return any("password" in name for name in without_credentials(posted))


def with_user(request, user):
    request.user = user
    return request


def without_credentials(posted: QueryDict) -> QueryDict:
    kept = posted.copy()
    kept.pop(USERNAME, None)
    kept.pop(PASSWORD, None)
    return kept
