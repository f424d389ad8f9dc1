package eu.nis2registry.web;

import eu.nis2registry.security.CurrentUser;
import eu.nis2registry.security.Role;
import eu.nis2registry.web.session.Lang;
import eu.nis2registry.web.view.Page;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The web request as pages see it: its language, its user and what their roles open. */
@RequestScoped
public class WebContext {

    private final CurrentUser user;
    private final RoutingContext routing;

    public WebContext(CurrentUser user, RoutingContext routing) {
        this.user = user;
        this.routing = routing;
    }

    public String lang() {
        Cookie cookie = routing.request().getCookie(Lang.COOKIE);
        return Lang.of(cookie == null ? null : cookie.getValue(), routing.request().getHeader("Accept-Language"));
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang());
    }

    public CurrentUser user() {
        return user;
    }

    /** The page model for the layout; navigation follows the same roles as the API behind each page. */
    public Page page(String active) {
        String path = routing.normalizedPath();
        if (!user.isAuthenticated()) {
            return new Page(lang(), path, null, "", Page.Nav.NONE, active);
        }
        boolean admin = user.hasRole(Role.ADMIN);
        boolean ciso = user.hasRole(Role.CISO);
        boolean officer = user.hasRole(Role.COMPLIANCE_OFFICER);
        boolean auditor = user.hasRole(Role.AUDITOR);
        boolean anyRole = admin || ciso || officer || auditor;
        Page.Nav nav = new Page.Nav(anyRole, anyRole, ciso || officer || auditor, ciso, ciso || admin, anyRole,
                anyRole && user.seesAllOrganizations(), admin);
        String roles = Arrays.stream(Role.values()).filter(user::hasRole).map(Role::name)
                .collect(Collectors.joining(" "));
        return new Page(lang(), path, user.username(), roles, nav, active);
    }

    /** A page model that names no user: for pages shown before the identity is known (a refused form). */
    public Page bare() {
        return new Page(lang(), routing.normalizedPath(), null, "", Page.Nav.NONE, null);
    }

    /** Refuses the page unless the user has one of the roles; the same roles as the API endpoint it mirrors. */
    public void require(Role... roles) {
        for (Role role : roles) {
            if (user.hasRole(role)) {
                return;
            }
        }
        throw new WebForbidden();
    }

    public boolean has(Role role) {
        return user.hasRole(role);
    }

    /** A role check failed: shown as a page that says so, never as an API error. */
    public static class WebForbidden extends RuntimeException {
        public WebForbidden() {
            super("forbidden", null, false, false);
        }
    }
}
