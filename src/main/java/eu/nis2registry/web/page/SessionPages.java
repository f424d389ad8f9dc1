package eu.nis2registry.web.page;

import eu.nis2registry.common.error.ApiException;
import eu.nis2registry.common.error.TooManyRequestsException;
import eu.nis2registry.security.ReadOnlyOperation;
import eu.nis2registry.security.Role;
import eu.nis2registry.security.login.LoginService;
import eu.nis2registry.security.login.LoginService.PasswordStep;
import eu.nis2registry.security.rest.ClientAddress;
import eu.nis2registry.security.token.BearerTokenMechanism;
import eu.nis2registry.security.token.TokenService;
import eu.nis2registry.security.token.TokenService.IssuedToken;
import eu.nis2registry.security.user.UserDtos.Me;
import eu.nis2registry.security.user.UserDtos.TotpEnrolment;
import eu.nis2registry.security.user.service.MeService;
import eu.nis2registry.web.ErrorPages;
import eu.nis2registry.web.WebContext;
import eu.nis2registry.web.session.Lang;
import eu.nis2registry.web.session.SessionCookies;
import eu.nis2registry.web.view.EnrolView;
import eu.nis2registry.web.view.LoginView;
import eu.nis2registry.web.view.QrSvg;
import eu.nis2registry.web.view.Views;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;

/** Signing in (password, then a TOTP or recovery code), enrolling two-factor, signing out, the language. */
@Path("/ui")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SessionPages {

    private final LoginService login;
    private final TokenService tokens;
    private final MeService me;
    private final SessionCookies cookies;
    private final WebContext web;
    private final ErrorPages errors;

    public SessionPages(LoginService login, TokenService tokens, MeService me, SessionCookies cookies, WebContext web,
            ErrorPages errors) {
        this.login = login;
        this.tokens = tokens;
        this.me = me;
        this.cookies = cookies;
        this.web = web;
        this.errors = errors;
    }

    /** Each role's first page: the auditor's is the reports archive. */
    @GET
    public Response home() {
        boolean organisationRole = web.has(Role.CISO) || web.has(Role.COMPLIANCE_OFFICER);
        boolean adminOnly = web.has(Role.ADMIN) && !organisationRole && !web.has(Role.AUDITOR);
        boolean auditorOnly = web.has(Role.AUDITOR) && !organisationRole && !web.has(Role.ADMIN);
        String first = adminOnly ? "/ui/admin/users" : auditorOnly ? "/ui/reports" : "/ui/dashboard";
        return Response.seeOther(URI.create(first)).build();
    }

    @GET
    @Path("/login")
    public TemplateInstance loginPage(@QueryParam("notice") String notice) {
        String shown = notice == null ? null : switch (notice) {
            case "expired" -> "expired";
            case "signed-out" -> "signed_out";
            case "again" -> "login_expired";
            default -> null;
        };
        return render(Views.login(web.bare(), new LoginView("", null, shown, 0)));
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String username, @RestForm String password, @Context HttpServerRequest http) {
        String name = username == null ? "" : username.strip();
        try {
            PasswordStep step = login.passwordStep(name, password == null ? "" : password, ClientAddress.of(http));
            if (step.token() != null) {
                return Response.seeOther(URI.create("/ui")).cookie(cookies.session(step.token().token())).build();
            }
            return Response.seeOther(URI.create("/ui/login/code")).cookie(cookies.challenge(step.challenge())).build();
        } catch (TooManyRequestsException e) {
            return page(429, Views.login(web.bare(), new LoginView(name, "locked", null, minutes(e))));
        } catch (ApiException e) {
            return page(401, Views.login(web.bare(), new LoginView(name, "invalid", null, 0)));
        }
    }

    @GET
    @Path("/login/code")
    public Response codePage(@CookieParam(SessionCookies.LOGIN_CHALLENGE) String challenge) {
        if (challenge == null || challenge.isBlank()) {
            return Response.seeOther(URI.create("/ui/login")).build();
        }
        return page(200, Views.loginCode(web.bare(), new LoginView("", null, null, 0)));
    }

    @POST
    @Path("/login/code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verifyCode(@RestForm String code, @CookieParam(SessionCookies.LOGIN_CHALLENGE) String challenge,
            @Context HttpServerRequest http) {
        try {
            IssuedToken token = login.codeStep(challenge, code, ClientAddress.of(http));
            return Response.seeOther(URI.create("/ui")).cookie(cookies.session(token.token()), cookies.clearChallenge()).build();
        } catch (TooManyRequestsException e) {
            return page(429, Views.loginCode(web.bare(), new LoginView("", "locked", null, minutes(e))));
        } catch (ApiException e) {
            if ("login_expired".equals(e.code())) {
                return Response.seeOther(URI.create("/ui/login?notice=again")).cookie(cookies.clearChallenge()).build();
            }
            return page(401, Views.loginCode(web.bare(), new LoginView("", "invalid", null, 0)));
        }
    }

    @POST
    @Path("/logout")
    @ReadOnlyOperation
    public Response signOut(@CookieParam(BearerTokenMechanism.SESSION_COOKIE) String session) {
        if (session != null && !session.isBlank()) {
            tokens.revoke(session);
        }
        return Response.seeOther(URI.create("/ui/login?notice=signed-out")).cookie(cookies.clearSession()).build();
    }

    /** The language switch: remembered in a cookie, back to the page it was used on. */
    @GET
    @Path("/lang")
    public Response language(@QueryParam("to") String to, @QueryParam("back") String back) {
        String lang = Lang.SUPPORTED.contains(to) ? to : "en";
        boolean local = back != null && (back.equals("/ui") || back.startsWith("/ui/")) && !back.contains("//")
                && !back.contains("\\") && back.chars().noneMatch(Character::isISOControl);
        return Response.seeOther(URI.create(local ? back : "/ui")).cookie(cookies.language(lang)).build();
    }

    @GET
    @Path("/enrol")
    public Response enrolPage() {
        if (me.me().totpEnabled()) {
            return Response.seeOther(URI.create("/ui/account")).build();
        }
        return page(200, Views.enrol(web.page(null), enrolView(false)));
    }

    @POST
    @Path("/enrol")
    @ReadOnlyOperation
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enrol(@RestForm String otp, @Context HttpServerRequest http) {
        try {
            me.confirmTotp(otp == null ? "" : otp, ClientAddress.of(http));
        } catch (ApiException e) {
            if (e.status() != 422) {
                throw e;
            }
            return page(422, Views.enrol(web.page(null), enrolView(true)));
        }
        return page(200, Views.recoveryCodes(web.page(null), me.newRecoveryCodes()));
    }

    @GET
    @Path("/account")
    public TemplateInstance account() {
        Me self = me.me();
        return render(Views.account(web.page(null), self, self.totpEnabled() ? me.remainingRecoveryCodes() : 0));
    }

    @POST
    @Path("/account/recovery-codes")
    @ReadOnlyOperation
    public TemplateInstance newRecoveryCodes() {
        List<String> codes = me.newRecoveryCodes();
        return render(Views.recoveryCodes(web.page(null), codes));
    }

    @ServerExceptionMapper
    public Response failure(Throwable e) {
        return errors.of(e);
    }

    private EnrolView enrolView(boolean error) {
        TotpEnrolment enrolment = me.pendingOrNewTotp();
        return new EnrolView(enrolment.secret(), QrSvg.of(enrolment.otpauthUri(), "QR code: " + enrolment.secret()), error);
    }

    private TemplateInstance render(TemplateInstance template) {
        return template.setLocale(web.locale());
    }

    private Response page(int status, TemplateInstance template) {
        return Response.status(status).entity(render(template).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static long minutes(TooManyRequestsException e) {
        return Math.max(1, (e.retryAfterSeconds() + 59) / 60);
    }
}
